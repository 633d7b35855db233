/**
 * The site's route map: every address the CMS, the site, feeds, the sitemap, JSON-LD,
 * the admin's preview and the newsletter mails link to, written once. Routes follow
 * @nuxtjs/i18n's prefix_except_default: /news/x in English, /pl/news/x in Polish.
 * web/tests/site walks the links built from it against the built site.
 */
import { EDITORIAL_TYPES, type EditorialType, type FeedKind } from './editorial-types.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales.ts';

/** Pages that are not lists of an editorial type. */
export const SITE_PAGES = {
  home: '/',
  search: '/search',
  newsletter: '/newsletter',
  newsletterConfirm: '/newsletter/confirm',
  newsletterPreferences: '/newsletter/preferences',
  newsletterUnsubscribe: '/newsletter/unsubscribe',
  pastEvents: '/events/past',
  about: '/about',
  accessibility: '/accessibility',
} as const satisfies Record<string, `/${string}`>;
export type SitePage = keyof typeof SITE_PAGES;

/**
 * A site path in a locale: '/news' → '/pl/news', '/' → '/pl'; English keeps the bare
 * path, and so does an unknown or missing locale (a subscriber from before languages).
 */
export function localisedPath(locale: string | null | undefined, path: string): string {
  if (!isLocale(locale) || locale === DEFAULT_LOCALE) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** The list page of an editorial type in a locale: listPath('news-item', 'pl') → /pl/news. */
export function listPath(type: EditorialType, locale: string = DEFAULT_LOCALE): string {
  return localisedPath(locale, EDITORIAL_TYPES[type].listPath);
}

/** An entry's own page: entryPath('news-item', 'x', 'pl') → /pl/news/x. */
export function entryPath(type: EditorialType, slug: string, locale: string = DEFAULT_LOCALE): string {
  return localisedPath(locale, `${EDITORIAL_TYPES[type].listPath}/${encodeURIComponent(slug)}`);
}

/** A page that is not a list: pagePath('newsletterConfirm', 'ur') → /ur/newsletter/confirm. */
export function pagePath(page: SitePage, locale: string = DEFAULT_LOCALE): string {
  return localisedPath(locale, SITE_PAGES[page]);
}

/**
 * Slugs an entry of a type may not take, because a page of the site lives at that
 * address under its list (/events/past).
 */
export function reservedSlugs(type: EditorialType): string[] {
  const prefix = `${EDITORIAL_TYPES[type].listPath}/`;
  const sitePaths: readonly string[] = [...Object.values(SITE_PAGES), ...EDITORIAL_TYPES[type].otherLists];
  return [...new Set(sitePaths.filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length).split('/')[0]!))];
}

/** An absolute URL of a site path; the home page keeps its slash (https://site/). */
export function absoluteUrl(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/** .xml is RSS 2.0, .atom is Atom 1.0. */
export const FEED_FORMATS = ['xml', 'atom'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export interface FeedAddress {
  kind: FeedKind;
  format: FeedFormat;
  locale: Locale;
}

/** A feed's path: /feeds/news.xml (RSS) or /feeds/news.atom; other locales /feeds/pl/news.xml. */
export function feedPath({ kind, format, locale }: FeedAddress): string {
  return locale === DEFAULT_LOCALE ? `/feeds/${kind}.${format}` : `/feeds/${locale}/${kind}.${format}`;
}

/** The site's secret preview route, which the admin's Preview opens (web/server/api/preview.get.ts). */
export const PREVIEW_ROUTE = '/api/preview';
/** Where that route sends the editor: the draft's page, never cached. */
export function previewPagePath(type: EditorialType, documentId: string): string {
  return `/preview/${type}/${encodeURIComponent(documentId)}`;
}
/** The route the CMS posts its signed purge webhook to (web/server/api/revalidate.post.ts). */
export const REVALIDATE_ROUTE = '/api/revalidate';
