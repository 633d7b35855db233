/**
 * The CMS's search route, GET /api/search (cms/src/search/). It is not a content type,
 * so its contract is written once in shared-types (src/contracts/search.ts); the site's
 * own choices about it live here.
 */

import { SEARCH_LIMITS } from '@blmk/shared-types';

export { SEARCH_TYPES, type SearchHit, type SearchResponse, type SearchType } from '@blmk/shared-types';

export const SEARCH_MAX_QUERY_CHARS = SEARCH_LIMITS.maxQueryChars;
export const SEARCH_MAX_PAGE = SEARCH_LIMITS.maxPage;
export const SEARCH_MAX_PAGE_SIZE = SEARCH_LIMITS.maxPageSize;
/** Results per page on the site's search page. */
export const SEARCH_PAGE_SIZE = 10;
