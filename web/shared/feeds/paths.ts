import { DEFAULT_LOCALE, isLocale, type Locale } from '../cms/locales';

/** The feeds (server/routes/feeds): "all" combines news, briefs and open vacancies. */
export const FEED_KINDS = ['news', 'briefs', 'vacancies', 'all'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];
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

/** The feed at a path under /feeds/ ("news.xml", "pl/news.atom"), or null when there is none. */
export function parseFeedPath(path: string): FeedAddress | null {
  const match = /^(?:([a-z]{2})\/)?([a-z]+)\.([a-z]+)$/.exec(path);
  if (!match) return null;
  const [, localePart, kind, format] = match;
  const locale = localePart ?? DEFAULT_LOCALE;
  // English lives at the bare path only, so each feed has one address.
  if (localePart === DEFAULT_LOCALE || !isLocale(locale)) return null;
  if (!(FEED_KINDS as readonly string[]).includes(kind!) || !(FEED_FORMATS as readonly string[]).includes(format!)) return null;
  return { kind: kind as FeedKind, format: format as FeedFormat, locale };
}
