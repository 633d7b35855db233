import { DEFAULT_LOCALE, isLocale, type Locale } from '@blmk/shared-types';

/** The locale content is read in: the reader's, from the route's prefix (i18n). */
export function useContentLocale(): Locale {
  const { locale } = useI18n();
  return isLocale(locale.value) ? locale.value : DEFAULT_LOCALE;
}
