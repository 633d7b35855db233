import type { Ref } from 'vue';
import { DEFAULT_LOCALE, type Locale } from '#shared/cms/locales';
import { mergeTranslations, type Localised } from '#shared/utils/localised';
import type { CmsEntryQueryName, CmsQueryName, CmsQueryParams, CmsQueryResult } from '#shared/cms/registry';

type ParamsWithoutLocale<N extends CmsQueryName> = Omit<CmsQueryParams<N>, 'locale'>;

function fetchQuery<N extends CmsQueryName>(name: N, params: CmsQueryParams<N>) {
  return $fetch<CmsQueryResult<N>>(`/api/cms/${name}`, { query: { ...params }, retry: 0 });
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'statusCode' in error && error.statusCode === 404;
}

/**
 * One entry by slug in the reader's locale; without a translation, the English entry.
 * Neither is a 404 page.
 */
export async function useLocalisedEntry<N extends CmsEntryQueryName>(key: string, name: N, params: ParamsWithoutLocale<N>, what: string) {
  const locale = useContentLocale();
  const { data, error } = await useAsyncData(`${key}:${locale}`, async (): Promise<Localised<NonNullable<CmsQueryResult<N>>> | null> => {
    try {
      const value = await fetchQuery(name, { ...params, locale } as CmsQueryParams<N>);
      if (value) return { value, locale, fallback: false };
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    if (locale === DEFAULT_LOCALE) return null;
    try {
      const value = await fetchQuery(name, { ...params, locale: DEFAULT_LOCALE } as CmsQueryParams<N>);
      return value ? { value, locale: DEFAULT_LOCALE, fallback: true } : null;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  });
  if (error.value) throw pageErrorFrom(error.value);
  if (!data.value) throw notFoundError(what);
  return data as Ref<Localised<NonNullable<CmsQueryResult<N>>>>;
}

interface WithDocumentId {
  documentId: string;
}

/** Query names whose answer is a plain array of entries. */
type ArrayQueryName = {
  [N in CmsQueryName]: CmsQueryResult<N> extends Array<WithDocumentId> ? N : never;
}[CmsQueryName];

/**
 * A list in the reader's language: the English list (which has everything), with each
 * entry the CMS has translated shown in translation and the rest in English.
 */
export async function useLocalisedList<N extends ArrayQueryName>(key: string, name: N, params: ParamsWithoutLocale<N>) {
  const locale = useContentLocale();
  type Item = CmsQueryResult<N>[number];
  const { data, error } = await useAsyncData(`${key}:${locale}`, async (): Promise<Array<Localised<Item>>> => {
    const englishQuery = fetchQuery(name, { ...params, locale: DEFAULT_LOCALE } as CmsQueryParams<N>) as Promise<Item[]>;
    if (locale === DEFAULT_LOCALE) return mergeTranslations(await englishQuery, [], locale);
    const [english, translated] = await Promise.all([englishQuery, fetchQuery(name, { ...params, locale } as CmsQueryParams<N>) as Promise<Item[]>]);
    return mergeTranslations(english, translated, locale);
  });
  if (error.value) throw pageErrorFrom(error.value);
  return data as Ref<Array<Localised<Item>>>;
}

/** The largest page the site's CMS endpoint serves. */
const MAX_PAGE_SIZE = 100;

/** Query names whose answer is one page of a list (Strapi's `{ data, meta.pagination }`). */
type PageQueryName = {
  [N in CmsQueryName]: CmsQueryResult<N> extends { data: Array<WithDocumentId>; meta: { pagination: unknown } } ? N : never;
}[CmsQueryName];

/**
 * One page of a list in the reader's language: the English page (English has every
 * item, and its filters and pagination decide what the page holds), each item shown in
 * translation where there is one. Both lists have the same filters and order, so the
 * translations of this page's items are among the first `page × pageSize` translations,
 * fetched as one page (up to the endpoint's limit of 100).
 */
export async function useLocalisedPage<N extends PageQueryName>(key: string, name: N, params: ParamsWithoutLocale<N> & { page?: number; pageSize?: number }, defaultPageSize: number) {
  const locale = useContentLocale();
  type Page = CmsQueryResult<N>;
  type Item = Page['data'][number];
  const { page = 1, pageSize = defaultPageSize } = params;
  const { data, error } = await useAsyncData(`${key}:${locale}`, async () => {
    const list = (lang: Locale, listPage: number, listPageSize: number) =>
      fetchQuery(name, { ...params, locale: lang, page: listPage, pageSize: listPageSize } as CmsQueryParams<N>) as Promise<Page>;
    const [english, translated] = await Promise.all([
      list(DEFAULT_LOCALE, page, pageSize),
      locale === DEFAULT_LOCALE ? Promise.resolve(null) : list(locale, 1, Math.min(MAX_PAGE_SIZE, page * pageSize)),
    ]);
    return { items: mergeTranslations<Item>(english.data, translated?.data ?? [], locale), pagination: english.meta.pagination };
  });
  if (error.value) throw pageErrorFrom(error.value);
  return data as Ref<{ items: Array<Localised<Item>>; pagination: Page['meta']['pagination'] }>;
}
