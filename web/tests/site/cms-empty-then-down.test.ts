import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestWeb, type TestWeb } from '../../../scripts/testing/web-server.ts';
import { elementsOf, fetchPage } from './fetch-page';

/**
 * The built site in front of a CMS with nothing published (honest empty states), then
 * with the CMS gone: pages in the site's cache are still served, any other page is a
 * friendly 503, and static pages still work. A stand-in CMS serves empty Strapi lists:
 * the real one's content is the other site tests' business.
 */

let cms: Server;
let web: TestWeb;

beforeAll(async () => {
  cms = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ data: [], meta: { pagination: { page: 1, pageSize: 25, pageCount: 0, total: 0 } } }));
  });
  await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve));
  web = await startTestWeb({ cmsUrl: `http://127.0.0.1:${(cms.address() as AddressInfo).port}` });
});

afterAll(async () => {
  await web?.stop();
  cms?.closeAllConnections();
  cms?.close();
});

/** The list pages, visited while the CMS is up (so they are in the site's cache), with their texts. */
const LIST_PAGES: [string, string[]][] = [
    [
      '/',
      [
        'No brief has been published yet.',
        'No news has been published yet.',
        'There are no open vacancies with a closing date today or later.',
        'There are no upcoming events.',
      ],
    ],
    ['/news', ['No news has been published yet.']],
    ['/briefs', ['No brief has been published yet.']],
    ['/vacancies', ['There are no open vacancies with a closing date today or later.']],
    ['/events', ['There are no upcoming events.']],
    ['/events/past', ['There are no past events.']],
    ['/leadership', ['No leadership update has been published yet.']],
];

/** When the list pages were last rendered into the cache. */
let cachedAt = 0;

describe('with nothing published', () => {
  test.each(LIST_PAGES)('%s says so', async (path, texts) => {
    const { status, text } = await fetchPage(web.url, path);
    cachedAt = Date.now();
    expect(status).toBe(200);
    for (const expected of texts) expect(text).toContain(expected);
  });

  test('an unknown slug is a 404', async () => {
    expect((await fetchPage(web.url, '/news/anything')).status).toBe(404);
  });
});

describe('with the CMS unreachable', () => {
  beforeAll(async () => {
    cms.closeAllConnections();
    await new Promise<void>((resolve) => cms.close(() => resolve()));
  });

  test.each(LIST_PAGES)('%s, visited before, is still served from the cache', async (path, texts) => {
    const { status, text } = await fetchPage(web.url, path);
    expect(status).toBe(200);
    for (const expected of texts) expect(text).toContain(expected);
  });

  test.each(['/news/blmk-single-operating-plan', '/briefs/central-brief-may-2018', '/vacancies/some-job', '/events/some-event', '/news?page=2', '/feeds/news.xml'])(
    '%s, never visited, is a 503 page',
    async (path) => {
      const { status, html, text } = await fetchPage(web.url, path);
      expect(status).toBe(503);
      expect(elementsOf(html, 'h1')).toEqual(['Sorry, the service is unavailable']);
      expect(text).toContain('Please try again later.');
      expect(text).not.toContain('127.0.0.1');
      expect(text).not.toMatch(/at .*\.(mjs|js|ts):\d+/);
    },
  );

  test('cached pages are still served once older than their max age (60 s): a failed re-render keeps them', async () => {
    const wait = cachedAt + 61_000 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    // The first request of each starts a re-render in the background, which fails; both are served the cached page.
    for (let round = 0; round < 2; round++) {
      for (const [path, texts] of LIST_PAGES) {
        const { status, text } = await fetchPage(web.url, path);
        expect(status, path).toBe(200);
        for (const expected of texts) expect(text).toContain(expected);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }, 120_000);

  test('static pages do not need the CMS', async () => {
    const { status, text } = await fetchPage(web.url, '/about');
    expect(status).toBe(200);
    expect(text).toContain('Mrs Smith breaks her leg');
  });
});
