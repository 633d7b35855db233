import type { Brief, NewsItem, Vacancy } from '@blmk/shared-types';
import { absoluteUrl, sitePathFor, type Locale } from '#shared/cms/locales';
import { fetchBriefs, fetchNewsItems, fetchOpenVacancies } from '#shared/cms/queries';
import type { Feed, FeedEntry } from '#shared/feeds/feed';
import { feedPath, type FeedAddress } from '#shared/feeds/paths';
import type { Translate } from '#shared/utils/translate';

/** How many entries a feed carries (per kind in the combined feed). */
const FEED_SIZE = 30;
const PARTNERSHIP = 'BLMK Health and Care Partnership';

const PAGE_OF: Record<FeedAddress['kind'], string> = { news: '/news', briefs: '/briefs', vacancies: '/vacancies', all: '/' };

type Absolute = (path: string) => string;

/** What an entry needs besides its item: its address, and the words of the feed's language. */
interface EntryContext {
  url: Absolute;
  t: Translate;
  locale: Locale;
}

function newsEntry(item: NewsItem, { url, t }: EntryContext): FeedEntry {
  return {
    title: item.title,
    url: url(`/news/${item.slug}`),
    summary: item.summary,
    published: item.storyDate ?? item.publishedAt ?? item.createdAt,
    updated: item.updatedAt,
    category: t('search.types.news-item'),
  };
}

function briefEntry(brief: Brief, { url, t }: EntryContext): FeedEntry {
  return {
    title: brief.title,
    url: url(`/briefs/${brief.slug}`),
    summary: brief.seo?.metaDescription ?? null,
    published: brief.issueDate,
    updated: brief.updatedAt,
    category: t('search.types.brief'),
  };
}

function vacancyEntry(vacancy: Vacancy, { url, t, locale }: EntryContext): FeedEntry {
  const closing = vacancy.closingDate ? `${t('vacancies.closingDateColon')} ${formatDate(vacancy.closingDate, locale)}.` : '';
  return {
    title: vacancy.band ? `${vacancy.title} (${vacancy.band})` : vacancy.title,
    url: url(`/vacancies/${vacancy.slug}`),
    summary: [vacancy.summary, closing].filter(Boolean).join(' ') || null,
    published: vacancy.publishedAt ?? vacancy.createdAt,
    updated: vacancy.updatedAt,
    category: t('search.types.vacancy'),
  };
}

async function entriesOf(kind: Exclude<FeedAddress['kind'], 'all'>, context: EntryContext): Promise<FeedEntry[]> {
  const cms = useCmsClient();
  const { locale } = context;
  switch (kind) {
    case 'news':
      return (await fetchNewsItems(cms, { locale, page: 1, pageSize: FEED_SIZE })).data.map((item) => newsEntry(item, context));
    case 'briefs':
      return (await fetchBriefs(cms, { locale })).slice(0, FEED_SIZE).map((brief) => briefEntry(brief, context));
    case 'vacancies':
      // Open means the closing date is today or later, today as of this request (UK time).
      return (await fetchOpenVacancies(cms, { locale, today: todayInLondon(), limit: FEED_SIZE })).map((vacancy) => vacancyEntry(vacancy, context));
  }
}

const newestFirst = (a: FeedEntry, b: FeedEntry) => Date.parse(b.published) - Date.parse(a.published);

/** The feed at an address, read from the CMS now. */
export async function buildFeed(address: FeedAddress, siteUrl: string): Promise<Feed> {
  const { kind, locale } = address;
  const url: Absolute = (path) => absoluteUrl(siteUrl, sitePathFor(locale, path));
  const t = serverTranslate(locale);
  const context: EntryContext = { url, t, locale };
  const entries =
    kind === 'all'
      ? (await Promise.all((['news', 'briefs', 'vacancies'] as const).map((part) => entriesOf(part, context)))).flat().sort(newestFirst)
      : await entriesOf(kind, context);
  return {
    title: `${t(`feeds.${kind}`)} | ${PARTNERSHIP}`,
    description: t('feeds.description', { title: t(`feeds.${kind}`) }),
    selfUrl: absoluteUrl(siteUrl, feedPath(address)),
    pageUrl: url(PAGE_OF[kind]),
    language: locale,
    author: PARTNERSHIP,
    entries: kind === 'all' ? entries.slice(0, FEED_SIZE * 3) : entries,
  };
}
