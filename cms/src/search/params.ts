import { LOCALES } from '@blmk/shared-types';
import { SEARCH_TYPE_NAMES, type SearchType } from './documents';

/** The checked parameters of GET /api/search. */
export interface SearchParams {
  q: string;
  locale: string;
  page: number;
  pageSize: number;
  types: SearchType[];
}

export const MAX_QUERY_CHARS = 200;
export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 10;
/** Deep pages are never useful to a reader and cost the database the most. */
export const MAX_PAGE = 1000;

export class SearchParamError extends Error {}

const LOCALE_CODES: readonly string[] = LOCALES;

function single(raw: unknown, name: string): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw new SearchParamError(`${name} must be given once, as text.`);
  return raw;
}

function wholeNumber(raw: unknown, name: string, fallback: number, max: number): number {
  const value = single(raw, name);
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new SearchParamError(`${name} must be a whole number from 1 to ${max}.`);
  }
  return Number(value);
}

function typesOf(raw: unknown): SearchType[] {
  const value = single(raw, 'types');
  if (value === undefined || value.trim() === '') return [...SEARCH_TYPE_NAMES];
  const types = [...new Set(value.split(',').map((type) => type.trim()))];
  const unknown = types.filter((type) => !(SEARCH_TYPE_NAMES as string[]).includes(type));
  if (unknown.length) {
    throw new SearchParamError(`Unknown type ${unknown.map((type) => `"${type}"`).join(', ')}: use ${SEARCH_TYPE_NAMES.join(', ')}.`);
  }
  return types as SearchType[];
}

/** Checks the query string of a search request; throws SearchParamError with a reader-facing message. */
export function checkSearchParams(query: Record<string, unknown>): SearchParams {
  const q = (single(query.q, 'q') ?? '').trim();
  if (q.length < 1 || q.length > MAX_QUERY_CHARS) {
    throw new SearchParamError(`q (the search text) must be 1 to ${MAX_QUERY_CHARS} characters.`);
  }
  const locale = single(query.locale, 'locale') || 'en';
  if (!LOCALE_CODES.includes(locale)) throw new SearchParamError(`Unknown locale "${locale}": use ${LOCALE_CODES.join(', ')}.`);
  return {
    q,
    locale,
    page: wholeNumber(query.page, 'page', 1, MAX_PAGE),
    pageSize: wholeNumber(query.pageSize, 'pageSize', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    types: typesOf(query.types),
  };
}

/** Most terms a query keeps: longer ones add cost, not precision. */
const MAX_TERMS = 12;

/**
 * The words of a query (letters and digits only). Both databases then get these words,
 * never the reader's syntax: quotes, OR, * or parentheses are not operators here, so
 * no input can make the full-text query invalid.
 */
export function queryTerms(q: string): string[] {
  return (q.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);
}
