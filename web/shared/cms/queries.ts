import type { Brief, Event as CmsEvent, LeadershipUpdate, NewsItem, StrapiListResponse, Vacancy } from '@blmk/shared-types';
import type { CmsClient } from './client';
import { upcomingEvents } from '../utils/event-dates';
import type { Locale } from './locales';
import { NEWS_PAGE_SIZE } from './page-sizes';
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

export function fetchNewsItems(cms: CmsClient, { locale, page = 1, pageSize = NEWS_PAGE_SIZE }: PageListParams): Promise<StrapiListResponse<NewsItem>> {
  return cms.find('news-item', {
    locale,
    sort: ['storyDate:desc', 'publishedAt:desc'],
    pagination: { page, pageSize },
  });
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

export function fetchVacancy(cms: CmsClient, { locale, slug }: SlugParams): Promise<Vacancy | null> {
  return cms.findBySlug('vacancy', slug, { locale });
}

/** Every published event; the page splits them into upcoming and past. */
export function fetchEvents(cms: CmsClient, { locale }: LocaleParams): Promise<CmsEvent[]> {
  return cms.findAll('event', { locale, sort: ['title:asc'] });
}

/** Events with a session today or later, soonest first. */
export async function fetchUpcomingEvents(cms: CmsClient, { locale, today, limit }: TodayParams): Promise<CmsEvent[]> {
  const events = await cms.findAll('event', { locale, filters: { sessions: { date: { $gte: today } } } });
  // Strapi cannot sort by a repeatable component's field, so order by the next session here.
  const upcoming = upcomingEvents(events, today);
  return limit === undefined ? upcoming : upcoming.slice(0, limit);
}

export function fetchLeadershipUpdates(cms: CmsClient, { locale }: LocaleParams): Promise<LeadershipUpdate[]> {
  return cms.findAll('leadership-update', { locale, sort: ['effectiveDate:desc', 'personName:asc'] });
}

export interface SearchParams extends PageListParams {
  /** The reader's words, 1 to 200 characters. */
  q: string;
}

/** Published news, briefs, events, vacancies and leadership updates matching q, best first. */
export function searchContent(cms: CmsClient, { locale, q, page = 1, pageSize = SEARCH_PAGE_SIZE }: SearchParams): Promise<SearchResponse> {
  return cms.getJson<SearchResponse>('/api/search', { q, locale, page, pageSize });
}
