import type { SearchResponse } from '@blmk/shared-types';
import type { CmsClient } from '../client';
import type { PageListParams } from './params';

/** Results per page on the site's search page. */
export const SEARCH_PAGE_SIZE = 10;

export interface SearchParams extends PageListParams {
  /** The reader's words, 1 to SEARCH_LIMITS.maxQueryChars characters. */
  q: string;
}

/** Published news, briefs, events, vacancies and leadership updates matching q, best first (GET /api/search, cms/src/search). */
export function searchContent(cms: CmsClient, { locale, q, page = 1, pageSize = SEARCH_PAGE_SIZE }: SearchParams): Promise<SearchResponse> {
  return cms.getJson<SearchResponse>('/api/search', { q, locale, page, pageSize });
}
