import { SEARCH_PAGE_SIZE } from '#shared/cms/search';

/** One page of search results for q (already checked: 1 to 200 characters). */
export function useSearch(q: string, page = 1) {
  const locale = useContentLocale();
  return useCmsQuery(`search:${locale}:${page}:${q}`, 'search', { locale, q, page, pageSize: SEARCH_PAGE_SIZE });
}
