import type { CmsClient } from './client';
import { LOCALES, type Locale } from './locales';
import {
  fetchBrief,
  fetchBriefs,
  fetchEvents,
  fetchLatestBrief,
  fetchLeadershipUpdates,
  fetchNewsItem,
  fetchNewsItems,
  fetchOpenVacancies,
  fetchUpcomingEvents,
  fetchVacancies,
  fetchVacancy,
  searchContent,
} from './queries';
import { SEARCH_MAX_PAGE, SEARCH_MAX_PAGE_SIZE, SEARCH_MAX_QUERY_CHARS } from './search';
import { isIsoDate } from '../utils/dates';
import { isSlug } from '../utils/slug';

/**
 * The queries the site's own endpoint (/api/cms/<name>) answers, by name. The browser
 * asks for a query by name with a few flat parameters; it never sees the CMS's address
 * or sends Strapi parameters of its own.
 */
export const cmsQueries = {
  'news-items': fetchNewsItems,
  'news-item': fetchNewsItem,
  briefs: fetchBriefs,
  'latest-brief': fetchLatestBrief,
  brief: fetchBrief,
  vacancies: fetchVacancies,
  'open-vacancies': fetchOpenVacancies,
  vacancy: fetchVacancy,
  events: fetchEvents,
  'upcoming-events': fetchUpcomingEvents,
  'leadership-updates': fetchLeadershipUpdates,
  search: searchContent,
} satisfies Record<string, (cms: CmsClient, params: never) => Promise<unknown>>;

export type CmsQueryName = keyof typeof cmsQueries;
export type CmsQueryParams<N extends CmsQueryName> = Parameters<(typeof cmsQueries)[N]>[1];
export type CmsQueryResult<N extends CmsQueryName> = Awaited<ReturnType<(typeof cmsQueries)[N]>>;

/** Queries for one entry by its slug: none found is a 404. */
const ENTRY_QUERIES = ['news-item', 'brief', 'vacancy'] as const satisfies CmsQueryName[];
export type CmsEntryQueryName = (typeof ENTRY_QUERIES)[number];

export function isEntryQuery(name: CmsQueryName): name is CmsEntryQueryName {
  return (ENTRY_QUERIES as readonly CmsQueryName[]).includes(name);
}

export function isCmsQueryName(name: unknown): name is CmsQueryName {
  return typeof name === 'string' && Object.hasOwn(cmsQueries, name);
}

/** Every parameter any query takes, checked; what a query does not use it ignores. */
export interface CheckedQueryParams {
  locale: Locale;
  slug?: string;
  page?: number;
  pageSize?: number;
  today?: string;
  limit?: number;
  q?: string;
}

const REQUIRED: Partial<Record<CmsQueryName, (keyof CheckedQueryParams)[]>> = {
  'news-item': ['slug'],
  brief: ['slug'],
  vacancy: ['slug'],
  'open-vacancies': ['today'],
  'upcoming-events': ['today'],
  search: ['q'],
};

export class QueryParamError extends Error {}

function positiveInteger(value: unknown, name: string, max: number): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > max) throw new QueryParamError(`${name} must be a whole number from 1 to ${max}.`);
  return number;
}

/** Checks the flat parameters of a request to /api/cms/<name>; throws QueryParamError. */
export function checkQueryParams(name: CmsQueryName, raw: Record<string, unknown>): CheckedQueryParams {
  const locale = raw.locale ?? LOCALES[0];
  if (!LOCALES.includes(locale as Locale)) throw new QueryParamError(`Unknown locale.`);
  const params: CheckedQueryParams = { locale: locale as Locale };

  if (raw.slug !== undefined) {
    if (!isSlug(raw.slug)) throw new QueryParamError('Invalid slug.');
    params.slug = raw.slug;
  }
  if (raw.today !== undefined) {
    if (!isIsoDate(raw.today)) throw new QueryParamError('today must be a date, YYYY-MM-DD.');
    params.today = raw.today;
  }
  if (raw.q !== undefined) {
    const q = typeof raw.q === 'string' ? raw.q.trim() : '';
    if (q.length < 1 || q.length > SEARCH_MAX_QUERY_CHARS) throw new QueryParamError(`q must be 1 to ${SEARCH_MAX_QUERY_CHARS} characters.`);
    params.q = q;
  }
  params.page = positiveInteger(raw.page, 'page', name === 'search' ? SEARCH_MAX_PAGE : 10_000);
  params.pageSize = positiveInteger(raw.pageSize, 'pageSize', name === 'search' ? SEARCH_MAX_PAGE_SIZE : 100);
  params.limit = positiveInteger(raw.limit, 'limit', 100);

  for (const key of REQUIRED[name] ?? []) {
    if (params[key] === undefined) throw new QueryParamError(`${key} is required.`);
  }
  return params;
}
