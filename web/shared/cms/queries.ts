import type {
  Brief,
  LeadershipUpdate,
  NewsItem,
  Organisation,
  Priority,
  StrapiListResponse,
  Vacancy,
  VacancyBand,
  VacancyContractType,
} from '@blmk/shared-types';
import type { CmsClient } from './client';
import type { Locale } from './locales';
import { BRIEFS_PAGE_SIZE, LEADERSHIP_PAGE_SIZE, NEWS_PAGE_SIZE, VACANCIES_PAGE_SIZE } from './page-sizes';
import type { Filters } from './params';
import { findNewestFirst } from './newest-first';
import { SEARCH_PAGE_SIZE, type SearchResponse } from './search';

/**
 * The site's questions to the CMS, as plain functions of a client: the pages reach them
 * through server/api/cms/[query].get.ts, and tests and server routes (feeds, sitemap)
 * can call them directly.
 */

export interface LocaleParams {
  locale: Locale;
}
export interface SlugParams extends LocaleParams {
  slug: string;
}
export interface PageListParams extends LocaleParams {
  page?: number;
  pageSize?: number;
}
export interface TodayParams extends LocaleParams {
  /** YYYY-MM-DD, UK time. Passed in so the page and the query agree on the day. */
  today: string;
  limit?: number;
}

export interface NewsListParams extends PageListParams {
  /** A priority's code, e.g. P3.1. */
  priority?: string;
  /** An organisation's slug. */
  organisation?: string;
}

/**
 * News, newest story date first, optionally only that of one priority and/or one
 * organisation. Stories without a date come after all dated ones, newest published first.
 */
export function fetchNewsItems(
  cms: CmsClient,
  { locale, page = 1, pageSize = NEWS_PAGE_SIZE, priority, organisation }: NewsListParams,
): Promise<StrapiListResponse<NewsItem>> {
  const filters: Filters<NewsItem> = {};
  if (priority) filters.priorities = { code: { $eq: priority } };
  if (organisation) filters.organisations = { slug: { $eq: organisation } };
  return findNewestFirst(cms, 'news-item', { locale, dateField: 'storyDate', thenBy: ['publishedAt:desc'], filters, page, pageSize });
}

/** Priorities by code, for the news filter. */
export function fetchPriorities(cms: CmsClient, { locale }: LocaleParams): Promise<Priority[]> {
  return cms.findAll('priority', { locale, sort: ['code:asc'] });
}

/** Organisations by name, for the news filter. */
export function fetchOrganisations(cms: CmsClient, { locale }: LocaleParams): Promise<Organisation[]> {
  return cms.findAll('organisation', { locale, sort: ['name:asc'] });
}

export function fetchNewsItem(cms: CmsClient, { locale, slug }: SlugParams): Promise<NewsItem | null> {
  return cms.findBySlug('news-item', slug, { locale });
}

export function fetchBriefs(cms: CmsClient, { locale }: LocaleParams): Promise<Brief[]> {
  return cms.findAll('brief', { locale, sort: ['issueDate:desc'] });
}

export async function fetchLatestBrief(cms: CmsClient, { locale }: LocaleParams): Promise<Brief | null> {
  const response = await cms.find('brief', { locale, sort: ['issueDate:desc'], pagination: { page: 1, pageSize: 1 } });
  return response.data[0] ?? null;
}

/** One page of briefs, newest issue first. */
export function fetchBriefPage(cms: CmsClient, { locale, page = 1, pageSize = BRIEFS_PAGE_SIZE }: PageListParams): Promise<StrapiListResponse<Brief>> {
  return cms.find('brief', { locale, sort: ['issueDate:desc'], pagination: { page, pageSize } });
}

export function fetchBrief(cms: CmsClient, { locale, slug }: SlugParams): Promise<Brief | null> {
  return cms.findBySlug('brief', slug, { locale });
}

/** Every published vacancy, open or not: the list shows each one's status. */
export function fetchVacancies(cms: CmsClient, { locale }: LocaleParams): Promise<Vacancy[]> {
  return cms.findAll('vacancy', { locale, sort: ['closingDate:desc', 'title:asc'] });
}

/** Vacancies whose closing date is today or later, closing soonest first. */
export async function fetchOpenVacancies(cms: CmsClient, { locale, today, limit }: TodayParams): Promise<Vacancy[]> {
  const open = await cms.findAll('vacancy', {
    locale,
    filters: { closingDate: { $gte: today } },
    sort: ['closingDate:asc', 'title:asc'],
  });
  return limit === undefined ? open : open.slice(0, limit);
}

export const VACANCY_SORTS = ['closing-soonest', 'closing-latest'] as const;
export type VacancySort = (typeof VACANCY_SORTS)[number];

export interface VacancyListParams extends TodayParams {
  band?: VacancyBand;
  contractType?: VacancyContractType;
  /** Words the location must contain, any case ("Luton"). */
  location?: string;
  sort?: VacancySort;
  page?: number;
  pageSize?: number;
}

/**
 * One page of open vacancies (closing today or later, `today` being the request's UK
 * date), filtered by band, contract type and location, closing soonest first by default.
 */
export function fetchOpenVacancyPage(
  cms: CmsClient,
  { locale, today, band, contractType, location, sort = 'closing-soonest', page = 1, pageSize = VACANCIES_PAGE_SIZE }: VacancyListParams,
): Promise<StrapiListResponse<Vacancy>> {
  const filters: Filters<Vacancy> = { closingDate: { $gte: today } };
  if (band) filters.band = { $eq: band };
  if (contractType) filters.contractType = { $eq: contractType };
  if (location) filters.location = { $containsi: location };
  return cms.find('vacancy', {
    locale,
    filters,
    sort: [sort === 'closing-latest' ? 'closingDate:desc' : 'closingDate:asc', 'title:asc'],
    pagination: { page, pageSize },
  });
}

export function fetchVacancy(cms: CmsClient, { locale, slug }: SlugParams): Promise<Vacancy | null> {
  return cms.findBySlug('vacancy', slug, { locale });
}

/**
 * One page of leadership updates, the latest appointment first; those without a date
 * after all dated ones, newest published first.
 */
export function fetchLeadershipUpdatePage(
  cms: CmsClient,
  { locale, page = 1, pageSize = LEADERSHIP_PAGE_SIZE }: PageListParams,
): Promise<StrapiListResponse<LeadershipUpdate>> {
  return findNewestFirst(cms, 'leadership-update', { locale, dateField: 'effectiveDate', thenBy: ['publishedAt:desc', 'personName:asc'], page, pageSize });
}

export function fetchLeadershipUpdate(cms: CmsClient, { locale, slug }: SlugParams): Promise<LeadershipUpdate | null> {
  return cms.findBySlug('leadership-update', slug, { locale });
}

export interface SearchParams extends PageListParams {
  /** The reader's words, 1 to 200 characters. */
  q: string;
}

/** Published news, briefs, events, vacancies and leadership updates matching q, best first. */
export function searchContent(cms: CmsClient, { locale, q, page = 1, pageSize = SEARCH_PAGE_SIZE }: SearchParams): Promise<SearchResponse> {
  return cms.getJson<SearchResponse>('/api/search', { q, locale, page, pageSize });
}

/** A page of one entry, for the sitemap: where it lives and when it last changed. */
export interface SitemapEntry {
  path: string;
  updatedAt: string;
}

/** Every published entry with a page of its own in a locale (closed vacancies and past events too: their pages stay). */
export async function fetchSitemapEntries(cms: CmsClient, { locale }: LocaleParams): Promise<SitemapEntry[]> {
  const [news, briefs, vacancies, events, leadershipUpdates] = await Promise.all([
    cms.findAll('news-item', { locale, sort: ['storyDate:desc'] }),
    cms.findAll('brief', { locale, sort: ['issueDate:desc'] }),
    cms.findAll('vacancy', { locale, sort: ['title:asc'] }),
    cms.findAll('event', { locale, sort: ['title:asc'] }),
    cms.findAll('leadership-update', { locale, sort: ['personName:asc'] }),
  ]);
  return [
    ...news.map((item) => ({ path: `/news/${item.slug}`, updatedAt: item.updatedAt })),
    ...briefs.map((brief) => ({ path: `/briefs/${brief.slug}`, updatedAt: brief.updatedAt })),
    ...vacancies.map((vacancy) => ({ path: `/vacancies/${vacancy.slug}`, updatedAt: vacancy.updatedAt })),
    ...leadershipUpdates.map((update) => ({ path: `/leadership/${update.slug}`, updatedAt: update.updatedAt })),
    ...events.map((event) => ({ path: `/events/${event.slug}`, updatedAt: event.updatedAt })),
  ];
}
