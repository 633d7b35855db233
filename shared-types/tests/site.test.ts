import { describe, expect, test } from 'vitest';
import {
  CONTENT_TYPES,
  EDITORIAL_TYPES,
  EDITORIAL_TYPE_NAMES,
  LOCALES,
  REFERENCE_TYPES,
  SEARCH_TYPES,
  SITE_PAGES,
  absoluteUrl,
  editorialTypeOf,
  editorialTypesWhere,
  entryPath,
  escapeMarkup,
  feedPath,
  listPath,
  localisedPath,
  pagePath,
  publicTypeOf,
  reservedSlugs,
  textDirection,
  unescapeMarkup,
} from '../src/index.ts';

describe('the table of editorial types', () => {
  test.each(EDITORIAL_TYPE_NAMES)('%s names its own content type', (type) => {
    expect(EDITORIAL_TYPES[type].uid).toBe(CONTENT_TYPES[type].uid);
    expect(editorialTypeOf(EDITORIAL_TYPES[type].uid)).toBe(type);
  });

  test('reference types name theirs; other uids are neither', () => {
    for (const [type, facts] of Object.entries(REFERENCE_TYPES)) expect(publicTypeOf(facts.uid)).toBe(type);
    expect(editorialTypeOf('api::organisation.organisation')).toBeUndefined();
    expect(publicTypeOf('api::subscriber.subscriber')).toBeUndefined();
  });

  test('every list has its own address', () => {
    const lists = EDITORIAL_TYPE_NAMES.flatMap((type) => [EDITORIAL_TYPES[type].listPath, ...EDITORIAL_TYPES[type].otherLists]);
    expect(new Set(lists).size).toBe(lists.length);
  });

  test('search finds exactly the searchable types', () => {
    expect([...SEARCH_TYPES].sort()).toEqual(editorialTypesWhere('searchable').sort());
    expect(SEARCH_TYPES.length).toBeGreaterThan(0);
  });
});

describe('the route map', () => {
  test('English has bare paths, the others their prefix', () => {
    expect(entryPath('news-item', 'gp-hub', 'en')).toBe('/news/gp-hub');
    expect(entryPath('news-item', 'gp-hub', 'pl')).toBe('/pl/news/gp-hub');
    expect(entryPath('leadership-update', 'a-b', 'ur')).toBe('/ur/leadership/a-b');
    expect(listPath('event', 'ro')).toBe('/ro/events');
    expect(pagePath('home', 'pl')).toBe('/pl');
    expect(pagePath('home')).toBe('/');
    expect(pagePath('newsletterConfirm', 'ur')).toBe('/ur/newsletter/confirm');
  });

  test('no locale, or one the site does not have, is English', () => {
    expect(localisedPath(null, '/newsletter')).toBe('/newsletter');
    expect(localisedPath('de', '/newsletter')).toBe('/newsletter');
    expect(localisedPath('../x', '/')).toBe('/');
  });

  test('a slug cannot leave its path', () => {
    expect(entryPath('brief', '../admin')).toBe('/briefs/..%2Fadmin');
    expect(entryPath('brief', 'a?b#c')).toBe('/briefs/a%3Fb%23c');
  });

  test('slugs that would shadow a page of the site are reserved', () => {
    expect(reservedSlugs('event')).toEqual(['past']);
    expect(reservedSlugs('news-item')).toEqual([]);
    expect(reservedSlugs('vacancy')).toEqual([]);
    expect(Object.values(SITE_PAGES)).toContain('/events/past');
  });

  test('feeds and absolute URLs', () => {
    expect(feedPath({ kind: 'news', format: 'xml', locale: 'en' })).toBe('/feeds/news.xml');
    expect(feedPath({ kind: 'all', format: 'atom', locale: 'pl' })).toBe('/feeds/pl/all.atom');
    expect(absoluteUrl('https://site.example/', '/')).toBe('https://site.example/');
    expect(absoluteUrl('https://site.example//', 'news')).toBe('https://site.example/news');
  });
});

describe('languages', () => {
  test('Urdu reads right to left; the rest and unknown ones left to right', () => {
    expect(LOCALES.filter((locale) => textDirection(locale) === 'rtl')).toEqual(['ur']);
    expect(textDirection(undefined)).toBe('ltr');
    expect(textDirection('xx')).toBe('ltr');
  });
});

describe('markup escaping', () => {
  test('escapes the five markup characters and nothing else', () => {
    expect(escapeMarkup(`<a href="x" title='y'>&amp;</a> é \u0002`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt; é \u0002');
  });

  test('unescape undoes it exactly, whatever the text', () => {
    for (const text of ['', 'plain', '&amp;', '&lt;&gt;', `"'<>&`, '&#39;&quot;', '&nbsp; stays']) {
      expect(unescapeMarkup(escapeMarkup(text))).toBe(text);
    }
    expect(unescapeMarkup('&nbsp;&amp;')).toBe('&nbsp;&');
  });
});
