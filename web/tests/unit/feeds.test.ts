import { describe, expect, test } from 'vitest';
import { renderAtom, renderRss, toDate, type Feed } from '../../server/feeds/feed';
import { feedPath } from '@blmk/shared-types';
import { parseFeedPath } from '../../server/feeds/paths';
import { renderRobots, renderSitemap } from '../../server/feeds/sitemap';
import { escapeXml } from '../../server/feeds/xml';

const feed: Feed = {
  title: 'News | BLMK',
  description: 'News & views',
  selfUrl: 'https://blmk.example/feeds/news.xml',
  pageUrl: 'https://blmk.example/news',
  language: 'en',
  author: 'BLMK',
  entries: [
    { title: 'L&D <merger> "update"', url: 'https://blmk.example/news/merger', summary: "It's agreed", published: '2018-05-22', updated: '2018-05-23T10:00:00.000Z' },
    { title: 'Second', url: 'https://blmk.example/news/second', published: '2018-04-01T09:30:00.000Z' },
  ],
};

describe('escapeXml', () => {
  test('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`a & b < c > d " e ' f\u0001g`)).toBe('a &amp; b &lt; c &gt; d &quot; e &#39; fg');
  });
});

describe('RSS 2.0', () => {
  const xml = renderRss(feed);
  test('a channel with a self link and one item per entry', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">');
    expect(xml).toContain('<atom:link href="https://blmk.example/feeds/news.xml" rel="self" type="application/rss+xml"/>');
    expect(xml.match(/<item>/g)).toHaveLength(2);
    expect(xml).toContain('<title>L&amp;D &lt;merger&gt; &quot;update&quot;</title>');
    expect(xml).toContain('<description>News &amp; views</description>');
  });
  test('RFC 822 dates; the channel dated by its newest change', () => {
    expect(xml).toContain('<pubDate>Tue, 22 May 2018 00:00:00 GMT</pubDate>');
    expect(xml).toContain('<lastBuildDate>Wed, 23 May 2018 10:00:00 GMT</lastBuildDate>');
  });
});

describe('Atom', () => {
  const xml = renderAtom(feed);
  test('a feed with ids, links and RFC 3339 dates', () => {
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(xml).toContain('<id>https://blmk.example/feeds/news.xml</id>');
    expect(xml).toContain('<updated>2018-05-23T10:00:00.000Z</updated>');
    expect(xml).toContain('<published>2018-05-22T00:00:00.000Z</published>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://blmk.example/news/merger"/>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('<summary>It&#39;s agreed</summary>');
  });
  test('an empty feed is still valid', () => {
    expect(renderAtom({ ...feed, entries: [] })).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
  });
});

test('toDate refuses what is not a date', () => {
  expect(() => toDate('soon')).toThrow(RangeError);
});

describe('feed paths', () => {
  test.each([
    ['news.xml', { kind: 'news', format: 'xml', locale: 'en' }],
    ['all.atom', { kind: 'all', format: 'atom', locale: 'en' }],
    ['pl/vacancies.xml', { kind: 'vacancies', format: 'xml', locale: 'pl' }],
  ] as const)('%s', (path, address) => {
    expect(parseFeedPath(path)).toEqual(address);
    expect(feedPath(address)).toBe(`/feeds/${path}`);
  });
  test.each(['news.json', 'events.xml', 'en/news.xml', 'de/news.xml', '../news.xml', 'news.xml/x', ''])('%s is no feed', (path) => {
    expect(parseFeedPath(path)).toBeNull();
  });
});

describe('sitemap and robots', () => {
  test('a urlset with escaped locations', () => {
    const xml = renderSitemap([{ loc: 'https://blmk.example/news?a=1&b=2', lastmod: '2018-05-22T00:00:00.000Z' }, { loc: 'https://blmk.example/' }]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<url><loc>https://blmk.example/news?a=1&amp;b=2</loc><lastmod>2018-05-22T00:00:00.000Z</lastmod></url>');
    expect(xml).toContain('<url><loc>https://blmk.example/</loc></url>');
  });
  test('robots.txt allows all but the preview and names the sitemap', () => {
    expect(renderRobots('https://blmk.example/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\nDisallow: /api/preview\n\nSitemap: https://blmk.example/sitemap.xml\n',
    );
  });
});
