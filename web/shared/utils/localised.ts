import { DEFAULT_LOCALE, type Locale } from '@blmk/shared-types';

/**
 * Content in the reader's language where the CMS has it, in English where it has not.
 * Every item says which it is, so pages can mark English parts (lang="en") and tell the
 * reader, in their language, why they see English.
 */
export interface Localised<T> {
  value: T;
  /** The locale the content is in. */
  locale: Locale;
  /** True when the reader asked for another language and this is the English fallback. */
  fallback: boolean;
}

/** English items in English order, each replaced by its translation where there is one. */
export function mergeTranslations<T extends { documentId: string }>(english: T[], translated: T[], locale: Locale): Array<Localised<T>> {
  const byDocument = new Map(translated.map((item) => [item.documentId, item]));
  return english.map((item) => {
    const translation = byDocument.get(item.documentId);
    return translation
      ? { value: translation, locale, fallback: false }
      : { value: item, locale: DEFAULT_LOCALE, fallback: locale !== DEFAULT_LOCALE };
  });
}
