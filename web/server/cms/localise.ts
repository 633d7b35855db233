import { DEFAULT_LOCALE, type Locale, type Pagination, type StrapiListResponse } from '@blmk/shared-types';
import { mergeTranslations, type Localised } from '#shared/utils/localised';

/**
 * Content in the reader's language, English where the CMS has no translation: the one
 * place the fallback is decided, so every page gets it the same way.
 */

/** One entry in `locale`, else the English entry (`fallback: true`), else null. */
export async function localisedEntry<T>(locale: Locale, find: (locale: Locale) => Promise<T | null>): Promise<Localised<T> | null> {
  const value = await find(locale);
  if (value) return { value, locale, fallback: false };
  if (locale === DEFAULT_LOCALE) return null;
  const english = await find(DEFAULT_LOCALE);
  return english ? { value: english, locale: DEFAULT_LOCALE, fallback: true } : null;
}

/** A list: the English list (which has everything), each item translated where it is. */
export async function localisedList<T extends { documentId: string }>(locale: Locale, find: (locale: Locale) => Promise<T[]>): Promise<Array<Localised<T>>> {
  if (locale === DEFAULT_LOCALE) return mergeTranslations(await find(DEFAULT_LOCALE), [], locale);
  const [english, translated] = await Promise.all([find(DEFAULT_LOCALE), find(locale)]);
  return mergeTranslations(english, translated, locale);
}

export interface LocalisedPage<T> {
  items: Array<Localised<T>>;
  pagination: Pagination;
}

/** The CMS's largest page (api.rest.maxLimit). */
const MAX_PAGE_SIZE = 100;

/**
 * One page of a list in the reader's language: the English page (English has every
 * item, and its filters and order decide what the page holds), each item shown in
 * translation where there is one. Both lists have the same filters and order, so the
 * translations of this page's items are among the first `page × pageSize`
 * translations, fetched as one page (up to the CMS's limit of 100).
 */
export async function localisedPage<T extends { documentId: string }>(
  locale: Locale,
  { page, pageSize }: { page: number; pageSize: number },
  find: (locale: Locale, page: number, pageSize: number) => Promise<StrapiListResponse<T>>,
): Promise<LocalisedPage<T>> {
  const [english, translated] = await Promise.all([
    find(DEFAULT_LOCALE, page, pageSize),
    locale === DEFAULT_LOCALE ? Promise.resolve(null) : find(locale, 1, Math.min(MAX_PAGE_SIZE, page * pageSize)),
  ]);
  return { items: mergeTranslations(english.data, translated?.data ?? [], locale), pagination: english.meta.pagination };
}
