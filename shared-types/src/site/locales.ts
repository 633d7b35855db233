/**
 * The languages the partnership publishes in: English (the default) and community
 * languages of Bedfordshire, Luton and Milton Keynes. Written once: the CMS creates these
 * locales at start, the site routes them (@nuxtjs/i18n, prefix_except_default), and
 * mails and pages take their direction and Open Graph locale from here.
 */
export interface LocaleFacts {
  /** The language's own name, for the site's language switcher. */
  nativeName: string;
  /** The CMS admin's name for the locale. */
  adminName: string;
  dir: 'ltr' | 'rtl';
  /** Open Graph `og:locale`. */
  ogLocale: string;
}

export const LOCALE_FACTS = {
  en: { nativeName: 'English', adminName: 'English (en)', dir: 'ltr', ogLocale: 'en_GB' },
  pl: { nativeName: 'Polski', adminName: 'Polish (pl)', dir: 'ltr', ogLocale: 'pl_PL' },
  ur: { nativeName: 'اردو', adminName: 'Urdu (ur)', dir: 'rtl', ogLocale: 'ur_PK' },
  ro: { nativeName: 'Română', adminName: 'Romanian (ro)', dir: 'ltr', ogLocale: 'ro_RO' },
} as const satisfies Record<string, LocaleFacts>;

export type Locale = keyof typeof LOCALE_FACTS;
export const LOCALES = Object.keys(LOCALE_FACTS) as readonly Locale[] as readonly ['en', 'pl', 'ur', 'ro'];
export const DEFAULT_LOCALE = 'en' satisfies Locale;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALE_FACTS, value);
}

/** The writing direction of a language; an unknown one reads left to right. */
export function textDirection(locale: string | null | undefined): 'ltr' | 'rtl' {
  return isLocale(locale) ? LOCALE_FACTS[locale].dir : 'ltr';
}
