/**
 * The CMS's search route, GET /api/search (cms/src/search/). It is a custom route, not a
 * content type, so the generator (which reads content-type schemas) cannot describe it.
 * This is its one written contract: the CMS builds its answer against these types and
 * the site reads it through them; cms/tests/search.test.ts and
 * web/tests/site/search.test.ts check the shape against the running CMS.
 */

import { editorialTypesWhere, type EditorialType } from '../site/editorial-types.ts';

/** The editorial types search finds, by the names the `types` parameter and results use. */
export const SEARCH_TYPES: readonly EditorialType[] = editorialTypesWhere('searchable');
export type SearchType = EditorialType;

/** Limits the CMS enforces: a longer query or a deeper page is a 400 there. */
export const SEARCH_LIMITS = { maxQueryChars: 200, maxPage: 1000, maxPageSize: 50 } as const;

export interface SearchPagination {
  page: number;
  pageSize: number;
  /** Pages of the results offered: those of the first `total`. */
  pageCount: number;
  /** How many entries match, counted up to a cap (1,000)... */
  total: number;
  /** ...false when more than `total` match: "more than 1,000 results". */
  totalExact: boolean;
}

export interface SearchHit {
  type: SearchType;
  documentId: string;
  slug: string | null;
  title: string;
  /** HTML: the matched words in <mark>, everything else escaped. */
  snippet: string;
  locale: string;
  /** YYYY-MM-DD: story, issue, closing, effective or first session date. */
  date: string | null;
}

export interface SearchResponse {
  data: SearchHit[];
  meta: { pagination: SearchPagination };
}
