import { DEFAULT_LOCALE, LOCALES, type Locale } from '#shared/cms/locales';

/** The locale content is read in: the reader's, from the route's prefix (i18n). */
export function useContentLocale(): Locale {
  const { locale } = useI18n();
  return (LOCALES as readonly string[]).includes(locale.value) ? (locale.value as Locale) : DEFAULT_LOCALE;
}
