import type { Localised } from '#shared/utils/localised';
import type { NewsItem, StrapiListResponse } from '@blmk/shared-types';
import type { Ref } from 'vue';
import { DEFAULT_LOCALE } from '#shared/cms/locales';
import { NEWS_PAGE_SIZE } from '#shared/cms/page-sizes';

/** The largest page the site's CMS endpoint serves. */
const MAX_PAGE_SIZE = 100;

/**
 * A page of news in the reader's language: the English page (English has every item),
 * each item shown in translation where there is one. Both lists are newest first, so
 * the translations of this page's items are among the newest `page × pageSize`
 * translations, fetched as one page (up to the endpoint's limit of 100).
 */
export async function useNewsItems(options: { page?: number; pageSize?: number } = {}) {
  const locale = useContentLocale();
  const { page = 1, pageSize = NEWS_PAGE_SIZE } = options;
  const { data, error } = await useAsyncData(`news-items:${locale}:${page}:${pageSize}`, async () => {
    const list = (lang: string, listPage: number, listPageSize: number) =>
      $fetch<StrapiListResponse<NewsItem>>('/api/cms/news-items', { query: { locale: lang, page: listPage, pageSize: listPageSize }, retry: 0 });
    const [english, translated] = await Promise.all([
      list(DEFAULT_LOCALE, page, pageSize),
      locale === DEFAULT_LOCALE ? Promise.resolve(null) : list(locale, 1, Math.min(MAX_PAGE_SIZE, page * pageSize)),
    ]);
    return { items: mergeTranslations(english.data, translated?.data ?? [], locale), pagination: english.meta.pagination };
  });
  if (error.value) throw pageErrorFrom(error.value);
  return data as Ref<{ items: Array<Localised<NewsItem>>; pagination: StrapiListResponse<NewsItem>['meta']['pagination'] }>;
}
