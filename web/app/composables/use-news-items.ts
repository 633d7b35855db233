import type { NewsListParams } from '#shared/cms/queries';
import { NEWS_PAGE_SIZE } from '#shared/cms/page-sizes';

/** One page of news, optionally of one priority (code) and/or organisation (slug). */
export function useNewsItems(options: Omit<NewsListParams, 'locale'> = {}) {
  const locale = useContentLocale();
  const { page = 1, pageSize = NEWS_PAGE_SIZE, priority, organisation } = options;
  const params = { locale, page, pageSize, ...(priority ? { priority } : {}), ...(organisation ? { organisation } : {}) };
  return useCmsQuery(`news-items:${locale}:${page}:${pageSize}:${priority ?? ''}:${organisation ?? ''}`, 'news-items', params);
}

/** Priorities and organisations, for the news filter. */
export function useNewsFilterOptions() {
  const locale = useContentLocale();
  return Promise.all([useCmsQuery(`priorities:${locale}`, 'priorities', { locale }), useCmsQuery(`organisations:${locale}`, 'organisations', { locale })]);
}
