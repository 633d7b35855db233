import { DEFAULT_LOCALE, FEED_FORMATS, FEED_KINDS, isLocale, type FeedAddress, type FeedFormat, type FeedKind } from '@blmk/shared-types';

/** The feed at a path under /feeds/ ("news.xml", "pl/news.atom"), or null when there is none (feedPath in the route map is the inverse). */
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
