import { VACANCY_BAND_VALUES, VACANCY_CONTRACT_TYPE_VALUES, type VacancyBand, type VacancyContractType } from '@blmk/shared-types';
import type { CmsClient } from './client';
import { LOCALES, type Locale } from './locales';
import {
  fetchBrief,
  fetchBriefPage,
  fetchBriefs,
  fetchLatestBrief,
  fetchLeadershipUpdate,
  fetchLeadershipUpdatePage,
  fetchNewsItem,
  fetchNewsItems,
  fetchOpenVacancies,
  fetchOpenVacancyPage,
  fetchOrganisations,
  fetchPriorities,
  fetchVacancies,
  fetchVacancy,
  searchContent,
  VACANCY_SORTS,
  type VacancySort,
} from './queries';
import { fetchEvent, fetchPastEventPage, fetchUpcomingEventPage, fetchUpcomingEvents } from './event-queries';
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
  priorities: fetchPriorities,
  organisations: fetchOrganisations,
  briefs: fetchBriefs,
  'brief-page': fetchBriefPage,
  'latest-brief': fetchLatestBrief,
  brief: fetchBrief,
  vacancies: fetchVacancies,
  'open-vacancies': fetchOpenVacancies,
  'open-vacancy-page': fetchOpenVacancyPage,
  vacancy: fetchVacancy,
  'upcoming-events': fetchUpcomingEvents,
  'upcoming-event-page': fetchUpcomingEventPage,
  'past-event-page': fetchPastEventPage,
  event: fetchEvent,
  'leadership-update-page': fetchLeadershipUpdatePage,
  'leadership-update': fetchLeadershipUpdate,
  search: searchContent,
} satisfies Record<string, (cms: CmsClient, params: never) => Promise<unknown>>;

export type CmsQueryName = keyof typeof cmsQueries;
export type CmsQueryParams<N extends CmsQueryName> = Parameters<(typeof cmsQueries)[N]>[1];
export type CmsQueryResult<N extends CmsQueryName> = Awaited<ReturnType<(typeof cmsQueries)[N]>>;

/** Queries for one entry by its slug: none found is a 404. */
const ENTRY_QUERIES = ['news-item', 'brief', 'vacancy', 'event', 'leadership-update'] as const satisfies CmsQueryName[];
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
  band?: VacancyBand;
  contractType?: VacancyContractType;
  location?: string;
  sort?: VacancySort;
  priority?: string;
  organisation?: string;
}

const REQUIRED: Partial<Record<CmsQueryName, (keyof CheckedQueryParams)[]>> = {
  'news-item': ['slug'],
  brief: ['slug'],
  vacancy: ['slug'],
  'leadership-update': ['slug'],
  event: ['slug'],
  'open-vacancies': ['today'],
  'open-vacancy-page': ['today'],
  'upcoming-events': ['today'],
  'upcoming-event-page': ['today'],
  'past-event-page': ['today'],
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
  Object.assign(params, checkListFilters(raw));
  params.page = positiveInteger(raw.page, 'page', name === 'search' ? SEARCH_MAX_PAGE : 10_000);
  params.pageSize = positiveInteger(raw.pageSize, 'pageSize', name === 'search' ? SEARCH_MAX_PAGE_SIZE : 100);
  params.limit = positiveInteger(raw.limit, 'limit', 100);

  for (const key of REQUIRED[name] ?? []) {
    if (params[key] === undefined) throw new QueryParamError(`${key} is required.`);
  }
  return params;
}

function oneOf<T extends string>(values: readonly T[], value: unknown, name: string): T | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
  throw new QueryParamError(`${name} must be one of: ${values.join(', ')}.`);
}

/** Printable text without markup characters, at most 100 characters. */
const LOCATION_TEXT = /^[^\p{Cc}<>]{1,100}$/u;
/** A priority's code: P1 to P5, P3.1 to P3.6 (checked loosely; an unknown code just finds nothing). */
const PRIORITY_CODE = /^P\d{1,2}(?:\.\d{1,2})?$/;

/**
 * The list filters (vacancies: band, contract type, location, sort; news: priority,
 * organisation), checked; used by /api/cms and by the list pages themselves so a bad
 * address is a 400 page that says what is wrong. Throws QueryParamError.
 */
export function checkListFilters(raw: Record<string, unknown>): Pick<CheckedQueryParams, 'band' | 'contractType' | 'location' | 'sort' | 'priority' | 'organisation'> {
  const filters: ReturnType<typeof checkListFilters> = {};
  filters.band = oneOf(VACANCY_BAND_VALUES, raw.band, 'band');
  filters.contractType = oneOf(VACANCY_CONTRACT_TYPE_VALUES, raw.contractType, 'contractType');
  filters.sort = oneOf(VACANCY_SORTS, raw.sort, 'sort');
  if (raw.location !== undefined && raw.location !== '') {
    const location = typeof raw.location === 'string' ? raw.location.trim() : undefined;
    if (!location || !LOCATION_TEXT.test(location)) throw new QueryParamError('location must be plain text of at most 100 characters.');
    filters.location = location;
  }
  if (raw.priority !== undefined && raw.priority !== '') {
    if (typeof raw.priority !== 'string' || !PRIORITY_CODE.test(raw.priority)) throw new QueryParamError('priority must be a priority code such as P3.1.');
    filters.priority = raw.priority;
  }
  if (raw.organisation !== undefined && raw.organisation !== '') {
    if (!isSlug(raw.organisation)) throw new QueryParamError('organisation must be an organisation slug.');
    filters.organisation = raw.organisation;
  }
  for (const key of Object.keys(filters) as (keyof typeof filters)[]) if (filters[key] === undefined) delete filters[key];
  return filters;
}
