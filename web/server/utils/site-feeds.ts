import type { Brief, NewsItem, Vacancy } from '@blmk/shared-types';
import { absoluteUrl, sitePathFor, type Locale } from '#shared/cms/locales';
import { fetchBriefs, fetchNewsItems, fetchOpenVacancies } from '#shared/cms/queries';
import type { Feed, FeedEntry } from '#shared/feeds/feed';
import { FEED_TITLES, feedPath, type FeedAddress } from '#shared/feeds/paths';

/** How many entries a feed carries (per kind in the combined feed). */
const FEED_SIZE = 30;
const PARTNERSHIP = 'BLMK Health and Care Partnership';

const PAGE_OF: Record<FeedAddress['kind'], string> = { news: '/news', briefs: '/briefs', vacancies: '/vacancies', all: '/' };

type Absolute = (path: string) => string;

function newsEntry(item: NewsItem, url: Absolute): FeedEntry {
  return {
    title: item.title,
    url: url(`/news/${item.slug}`),
    summary: item.summary,
    published: item.storyDate ?? item.publishedAt ?? item.createdAt,
    updated: item.updatedAt,
    category: 'News',
  };
}

function briefEntry(brief: Brief, url: Absolute): FeedEntry {
  return {
    title: brief.title,
    url: url(`/briefs/${brief.slug}`),
    summary: brief.seo?.metaDescription ?? null,
    published: brief.issueDate,
    updated: brief.updatedAt,
    category: 'Brief',
  };
}

function vacancyEntry(vacancy: Vacancy, url: Absolute): FeedEntry {
  const closing = vacancy.closingDate ? `Closing date: ${formatDate(vacancy.closingDate)}.` : '';
  return {
    title: vacancy.band ? `${vacancy.title} (${vacancy.band})` : vacancy.title,
    url: url(`/vacancies/${vacancy.slug}`),
    summary: [vacancy.summary, closing].filter(Boolean).join(' ') || null,
    published: vacancy.publishedAt ?? vacancy.createdAt,
    updated: vacancy.updatedAt,
    category: 'Vacancy',
  };
}

async function entriesOf(kind: Exclude<FeedAddress['kind'], 'all'>, locale: Locale, url: Absolute): Promise<FeedEntry[]> {
  const cms = useCmsClient();
  switch (kind) {
    case 'news':
      return (await fetchNewsItems(cms, { locale, page: 1, pageSize: FEED_SIZE })).data.map((item) => newsEntry(item, url));
    case 'briefs':
      return (await fetchBriefs(cms, { locale })).slice(0, FEED_SIZE).map((brief) => briefEntry(brief, url));
    case 'vacancies':
      // Open means the closing date is today or later, today as of this request (UK time).
      return (await fetchOpenVacancies(cms, { locale, today: todayInLondon(), limit: FEED_SIZE })).map((vacancy) => vacancyEntry(vacancy, url));
  }
}

const newestFirst = (a: FeedEntry, b: FeedEntry) => Date.parse(b.published) - Date.parse(a.published);

/** The feed at an address, read from the CMS now. */
export async function buildFeed(address: FeedAddress, siteUrl: string): Promise<Feed> {
  const { kind, locale } = address;
  const url: Absolute = (path) => absoluteUrl(siteUrl, sitePathFor(locale, path));
  const entries =
    kind === 'all'
      ? (await Promise.all((['news', 'briefs', 'vacancies'] as const).map((part) => entriesOf(part, locale, url)))).flat().sort(newestFirst)
      : await entriesOf(kind, locale, url);
  return {
    title: `${FEED_TITLES[kind]} | ${PARTNERSHIP}`,
    description: `${FEED_TITLES[kind]} from the Bedfordshire, Luton and Milton Keynes health and care partnership.`,
    selfUrl: absoluteUrl(siteUrl, feedPath(address)),
    pageUrl: url(PAGE_OF[kind]),
    language: locale,
    author: PARTNERSHIP,
    entries: kind === 'all' ? entries.slice(0, FEED_SIZE * 3) : entries,
  };
}
