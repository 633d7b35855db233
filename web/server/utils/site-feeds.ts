import { absoluteUrl, EDITORIAL_TYPE_NAMES, EDITORIAL_TYPES, entryPath, feedPath, listPath, pagePath, type Brief, type FeedAddress, type Locale, type NewsItem, type Vacancy } from '@blmk/shared-types';
import { fetchLatestBriefs } from '../cms/queries/briefs';
import { fetchNewsItems } from '../cms/queries/news';
import { fetchOpenVacancies } from '../cms/queries/vacancies';
import type { Feed, FeedEntry } from '../feeds/feed';
import type { Translate } from '#shared/utils/translate';

/** How many entries a feed carries (per kind in the combined feed). */
const FEED_SIZE = 30;
const PARTNERSHIP = 'BLMK Health and Care Partnership';

/** The page each feed is the feed of: the list of the type it carries, or the home page for "all". */
function pageOf(kind: FeedAddress['kind'], locale: Locale): string {
  const type = kind === 'all' ? undefined : EDITORIAL_TYPE_NAMES.find((name) => (EDITORIAL_TYPES[name].feeds as readonly string[]).includes(kind));
  return type ? listPath(type, locale) : pagePath('home', locale);
}

/** What an entry needs besides its item: absolute URLs, and the feed's language and words. */
interface EntryContext {
  url: (path: string) => string;
  t: Translate;
  locale: Locale;
}

function newsEntry(item: NewsItem, { url, t, locale }: EntryContext): FeedEntry {
  return {
    title: item.title,
    url: url(entryPath('news-item', item.slug, locale)),
    summary: item.summary,
    published: item.storyDate ?? item.publishedAt ?? item.createdAt,
    updated: item.updatedAt,
    category: t('search.types.news-item'),
  };
}

function briefEntry(brief: Brief, { url, t, locale }: EntryContext): FeedEntry {
  return {
    title: brief.title,
    url: url(entryPath('brief', brief.slug, locale)),
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
    url: url(entryPath('vacancy', vacancy.slug, locale)),
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
      return (await fetchLatestBriefs(cms, { locale, limit: FEED_SIZE })).map((brief) => briefEntry(brief, context));
    case 'vacancies':
      // Open means the closing date is today or later, today as of this request (UK time).
      return (await fetchOpenVacancies(cms, { locale, today: todayInLondon(), limit: FEED_SIZE })).map((vacancy) => vacancyEntry(vacancy, context));
  }
}

const newestFirst = (a: FeedEntry, b: FeedEntry) => Date.parse(b.published) - Date.parse(a.published);

/** The feed at an address, read from the CMS now. */
export async function buildFeed(address: FeedAddress, siteUrl: string): Promise<Feed> {
  const { kind, locale } = address;
  const url = (path: string) => absoluteUrl(siteUrl, path);
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
    pageUrl: url(pageOf(kind, locale)),
    language: locale,
    author: PARTNERSHIP,
    entries: kind === 'all' ? entries.slice(0, FEED_SIZE * 3) : entries,
  };
}
