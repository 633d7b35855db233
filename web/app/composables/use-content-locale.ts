import { DEFAULT_LOCALE, type Locale } from '#shared/cms/locales';

/** The locale content is read in. One for now; i18n routes will choose it per route. */
export function useContentLocale(): Locale {
  return DEFAULT_LOCALE;
}
