/**
 * vue-i18n's `t`, as the pure helpers in shared/ take it: they are handed the reader's
 * translate function (and locale) rather than import Vue, so the words stay in
 * i18n/locales/*.json and the helpers stay testable with any locale.
 */
export type Translate = (key: string, named?: Record<string, unknown>, plural?: number) => string;

/** The JavaScript locale for numbers and dates: UK English for the default locale (en). */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}
