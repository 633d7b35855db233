import { element, emptyElement, XML_DECLARATION } from './xml';

/**
 * RSS 2.0 and Atom 1.0 feeds, written by hand (two small formats, no dependency).
 * Every link is absolute; dates are RFC 822 in RSS and RFC 3339 in Atom.
 */

export interface FeedEntry {
  title: string;
  /** Absolute URL of the entry's page; also its id. */
  url: string;
  summary?: string | null;
  /** When it was published (ISO date or date-time). */
  published: string;
  /** When it last changed (ISO date-time); defaults to `published`. */
  updated?: string | null;
  category?: string;
}

export interface Feed {
  title: string;
  description: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the page the feed follows. */
  pageUrl: string;
  /** BCP 47 language, e.g. en. */
  language: string;
  author: string;
  entries: FeedEntry[];
}

/** A date-only value is the start of that day in UTC, so every feed date is a full timestamp. */
export function toDate(value: string): Date {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${value}`);
  return date;
}

/** The newest date among the entries (when the feed last changed); the epoch for an empty feed. */
function feedUpdated(entries: FeedEntry[]): Date {
  const times = entries.map((entry) => toDate(entry.updated ?? entry.published).getTime());
  return new Date(times.length > 0 ? Math.max(...times) : 0);
}

export function renderRss(feed: Feed): string {
  const items = feed.entries.map((entry) =>
    [
      '<item>',
      element('title', entry.title),
      element('link', entry.url),
      element('guid', entry.url, { isPermaLink: 'true' }),
      element('pubDate', toDate(entry.published).toUTCString()),
      element('description', entry.summary),
      element('category', entry.category),
      '</item>',
    ].join(''),
  );
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', feed.title),
    element('link', feed.pageUrl),
    element('description', feed.description),
    element('language', feed.language),
    element('lastBuildDate', feedUpdated(feed.entries).toUTCString()),
    emptyElement('atom:link', { href: feed.selfUrl, rel: 'self', type: 'application/rss+xml' }),
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

export function renderAtom(feed: Feed): string {
  const entries = feed.entries.map((entry) =>
    [
      '<entry>',
      element('title', entry.title),
      element('id', entry.url),
      emptyElement('link', { rel: 'alternate', type: 'text/html', href: entry.url }),
      element('published', toDate(entry.published).toISOString()),
      element('updated', toDate(entry.updated ?? entry.published).toISOString()),
      element('summary', entry.summary),
      entry.category ? emptyElement('category', { term: entry.category }) : '',
      '</entry>',
    ].join(''),
  );
  return [
    XML_DECLARATION,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.language}">`,
    element('title', feed.title),
    element('subtitle', feed.description),
    element('id', feed.selfUrl),
    emptyElement('link', { rel: 'self', type: 'application/atom+xml', href: feed.selfUrl }),
    emptyElement('link', { rel: 'alternate', type: 'text/html', href: feed.pageUrl }),
    element('updated', feedUpdated(feed.entries).toISOString()),
    `<author>${element('name', feed.author)}</author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
