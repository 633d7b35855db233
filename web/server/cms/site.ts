import { DEFAULT_LOCALE, type Locale, type Pagination, type StrapiListResponse } from '@blmk/shared-types';
import { mergeTranslations, type Localised } from '#shared/utils/localised';
import type { ListQuery, LIST_QUERIES } from '#shared/list-query';
import type { CmsClient } from './client';
import { BRIEFS_PAGE_SIZE, EVENTS_PAGE_SIZE, LEADERSHIP_PAGE_SIZE, NEWS_PAGE_SIZE, VACANCIES_PAGE_SIZE } from './page-sizes';
import { fetchBrief, fetchBriefPage, fetchLatestBriefs } from './queries/briefs';
import { fetchEvent, fetchPastEventPage, fetchUpcomingEventPage, fetchUpcomingEvents } from './queries/events';
import { fetchLeadershipUpdate, fetchLeadershipUpdatePage } from './queries/leadership';
import { fetchNewsItem, fetchNewsItems } from './queries/news';
import { fetchOrganisations, fetchPriorities } from './queries/reference';
import { SEARCH_PAGE_SIZE, searchContent } from './queries/search';
import { fetchOpenVacancies, fetchOpenVacancyPage, fetchVacancy } from './queries/vacancies';

/**
 * Content in the reader's language, English where the CMS has no translation: the one
 * place the fallback is decided, so every page gets it the same way.
 */

/** One entry in `locale`, else the English entry (`fallback: true`), else null. */
export async function localisedEntry<T>(locale: Locale, find: (locale: Locale) => Promise<T | null>): Promise<Localised<T> | null> {
  const value = await find(locale);
  if (value) return { value, locale, fallback: false };
  if (locale === DEFAULT_LOCALE) return null;
  const english = await find(DEFAULT_LOCALE);
  return english ? { value: english, locale: DEFAULT_LOCALE, fallback: true } : null;
}

/** A list: the English list (which has everything), each item translated where it is. */
export async function localisedList<T extends { documentId: string }>(locale: Locale, find: (locale: Locale) => Promise<T[]>): Promise<Array<Localised<T>>> {
  if (locale === DEFAULT_LOCALE) return mergeTranslations(await find(DEFAULT_LOCALE), [], locale);
  const [english, translated] = await Promise.all([find(DEFAULT_LOCALE), find(locale)]);
  return mergeTranslations(english, translated, locale);
}

export interface LocalisedPage<T> {
  items: Array<Localised<T>>;
  pagination: Pagination;
}

/** The CMS's largest page (api.rest.maxLimit). */
const MAX_PAGE_SIZE = 100;

/**
 * One page of a list in the reader's language: the English page (English has every
 * item, and its filters and order decide what the page holds), each item shown in
 * translation where there is one. Both lists have the same filters and order, so the
 * translations of this page's items are among the first `page × pageSize`
 * translations, fetched as one page (up to the CMS's limit of 100).
 */
export async function localisedPage<T extends { documentId: string }>(
  locale: Locale,
  { page, pageSize }: { page: number; pageSize: number },
  find: (locale: Locale, page: number, pageSize: number) => Promise<StrapiListResponse<T>>,
): Promise<LocalisedPage<T>> {
  const [english, translated] = await Promise.all([
    find(DEFAULT_LOCALE, page, pageSize),
    locale === DEFAULT_LOCALE ? Promise.resolve(null) : find(locale, 1, Math.min(MAX_PAGE_SIZE, page * pageSize)),
  ]);
  return { items: mergeTranslations(english.data, translated?.data ?? [], locale), pagination: english.meta.pagination };
}

type Query<N extends keyof typeof LIST_QUERIES> = ListQuery<(typeof LIST_QUERIES)[N]>;

/** What a page asks in: the reader's locale and, for what depends on it, today's UK date. */
export interface Ask {
  locale: Locale;
  /** YYYY-MM-DD, UK time, decided once per request. */
  today: string;
}

/**
 * The site's questions to the CMS, as its pages ask them, in the reader's language
 * (translations where the CMS has them, English otherwise: localisedEntry and co. above).
 * Pages reach this in-process during server rendering (server/plugins/site.ts puts it
 * on the request; app/composables/use-site.ts takes it from there): no HTTP hop, no
 * JSON in between. Every answer is plain data the page renders once.
 */
export function createSiteQueries(cms: CmsClient) {
  return {
    home: async ({ locale, today }: Ask) => {
      const [briefs, news, vacancies, events] = await Promise.all([
        // The newest issue (English has every one), in translation where there is one.
        localisedList(locale, (lang) => fetchLatestBriefs(cms, { locale: lang, limit: 1 })),
        localisedPage(locale, { page: 1, pageSize: 3 }, (lang, page, pageSize) => fetchNewsItems(cms, { locale: lang, page, pageSize })),
        localisedList(locale, (lang) => fetchOpenVacancies(cms, { locale: lang, today, limit: 3 })),
        localisedList(locale, (lang) => fetchUpcomingEvents(cms, { locale: lang, today, limit: 3 })),
      ]);
      return { brief: briefs[0] ?? null, news: news.items, vacancies, events };
    },

    newsItem: ({ locale }: Ask, slug: string) => localisedEntry(locale, (lang) => fetchNewsItem(cms, { locale: lang, slug })),
    newsPage: ({ locale }: Ask, { page, priority, organisation }: Query<'news'>) =>
      localisedPage(locale, { page, pageSize: NEWS_PAGE_SIZE }, (lang, listPage, pageSize) =>
        fetchNewsItems(cms, { locale: lang, page: listPage, pageSize, priority, organisation }),
      ),
    /** Priorities and organisations for the news filter, named in the reader's language where translated. */
    newsFilterOptions: async ({ locale }: Ask) => {
      const [priorities, organisations] = await Promise.all([
        localisedList(locale, (lang) => fetchPriorities(cms, { locale: lang })),
        localisedList(locale, (lang) => fetchOrganisations(cms, { locale: lang })),
      ]);
      return { priorities, organisations };
    },

    brief: ({ locale }: Ask, slug: string) => localisedEntry(locale, (lang) => fetchBrief(cms, { locale: lang, slug })),
    briefPage: ({ locale }: Ask, { page }: Query<'briefs'>) =>
      localisedPage(locale, { page, pageSize: BRIEFS_PAGE_SIZE }, (lang, listPage, pageSize) => fetchBriefPage(cms, { locale: lang, page: listPage, pageSize })),

    vacancy: ({ locale }: Ask, slug: string) => localisedEntry(locale, (lang) => fetchVacancy(cms, { locale: lang, slug })),
    openVacancyPage: ({ locale, today }: Ask, { page, ...filters }: Query<'vacancies'>) =>
      localisedPage(locale, { page, pageSize: VACANCIES_PAGE_SIZE }, (lang, listPage, pageSize) =>
        fetchOpenVacancyPage(cms, { locale: lang, today, page: listPage, pageSize, ...filters }),
      ),

    event: ({ locale }: Ask, slug: string) => localisedEntry(locale, (lang) => fetchEvent(cms, { locale: lang, slug })),
    eventPage: ({ locale, today }: Ask, when: 'upcoming' | 'past', { page }: Query<'events'>) =>
      localisedPage(locale, { page, pageSize: EVENTS_PAGE_SIZE }, (lang, listPage, pageSize) =>
        (when === 'upcoming' ? fetchUpcomingEventPage : fetchPastEventPage)(cms, { locale: lang, today, page: listPage, pageSize }),
      ),

    leadershipUpdate: ({ locale }: Ask, slug: string) => localisedEntry(locale, (lang) => fetchLeadershipUpdate(cms, { locale: lang, slug })),
    leadershipUpdatePage: ({ locale }: Ask, { page }: Query<'leadership'>) =>
      localisedPage(locale, { page, pageSize: LEADERSHIP_PAGE_SIZE }, (lang, listPage, pageSize) =>
        fetchLeadershipUpdatePage(cms, { locale: lang, page: listPage, pageSize }),
      ),

    /** Search results are in the reader's locale only: the index has each translation as its own entry. */
    search: ({ locale }: Ask, q: string, page: number) => searchContent(cms, { locale, q, page, pageSize: SEARCH_PAGE_SIZE }),
  };
}

export type SiteQueries = ReturnType<typeof createSiteQueries>;
