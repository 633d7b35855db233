/**
 * The CMS's search route, GET /api/search (cms/src/search/). It is not a content type,
 * so the generated types (built from content-type schemas) do not describe it; this is
 * its response, checked against the real CMS by tests/site/search.test.ts.
 */

/** The search's names for the editorial types, as the CMS returns them. */
export const SEARCH_TYPES = ['news-item', 'brief', 'event', 'vacancy', 'leadership-update'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchHit {
  type: SearchType;
  documentId: string;
  slug: string | null;
  title: string;
  /** HTML: the matched words in <mark>, everything else escaped. Render with snippetParts(). */
  snippet: string;
  locale: string;
  /** YYYY-MM-DD: story, issue, closing, effective or first session date. */
  date: string | null;
}

export interface SearchResponse {
  data: SearchHit[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

/** Limits the CMS enforces (a longer query or a deeper page is a 400 there). */
export const SEARCH_MAX_QUERY_CHARS = 200;
export const SEARCH_MAX_PAGE = 1000;
export const SEARCH_MAX_PAGE_SIZE = 50;
export const SEARCH_PAGE_SIZE = 10;
