import type { NewsListParams } from '#shared/cms/queries';
import { NEWS_PAGE_SIZE } from '#shared/cms/page-sizes';

/**
 * One page of news in the reader's language (translations where there are some),
 * optionally of one priority (code) and/or organisation (slug): `{ items, pagination }`.
 */
export function useNewsItems(options: Omit<NewsListParams, 'locale'> = {}) {
  const { page = 1, pageSize = NEWS_PAGE_SIZE, priority, organisation } = options;
  const params = { page, pageSize, ...(priority ? { priority } : {}), ...(organisation ? { organisation } : {}) };
  return useLocalisedPage(`news-items:${page}:${pageSize}:${priority ?? ''}:${organisation ?? ''}`, 'news-items', params, NEWS_PAGE_SIZE);
}

/** Priorities and organisations for the news filter, named in the reader's language where translated. */
export function useNewsFilterOptions() {
  return Promise.all([useLocalisedList('priorities', 'priorities', {}), useLocalisedList('organisations', 'organisations', {})]);
}
