import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin, type AdminSession } from '../../../scripts/testing/admin-api.ts';
import { startTestCms, type TestCms } from '../../../scripts/testing/cms-server.ts';
import { signPurge } from '../../../scripts/testing/purge-webhook.ts';
import { startTestWeb, type TestWeb } from '../../../scripts/testing/web-server.ts';
import { freePort } from '../../../scripts/lib/ports.ts';
import { testDatabaseKinds, type DatabaseKind } from '../../../scripts/testing/databases.ts';
import { fetchPage } from './fetch-page';

/**
 * Pages come from Nitro's cache, and the CMS's signed webhook purges exactly the pages
 * a change makes stale: published in the CMS, on the site within 2 seconds. On every
 * database the CMS runs on, as the webhook reads the published rows from it.
 */

const databases = await testDatabaseKinds();

const SECRET = randomBytes(24).toString('hex');
const NEWS = '/content-manager/collection-types/api::news-item.news-item';
const BRIEFS = '/content-manager/collection-types/api::brief.brief';

describe.each<DatabaseKind>(databases)('on %s', (database) => {
  let cms: TestCms;
  let web: TestWeb;
  let admin: AdminSession;

  beforeAll(async () => {
    // The site's port is chosen first so the CMS can be told where to send its webhook.
    const webPort = await freePort();
    cms = await startTestCms({
      database,
      seed: true,
      env: { SITE_URL: `http://127.0.0.1:${webPort}`, SITE_WEBHOOK_SECRET: SECRET },
    });
    web = await startTestWeb({ cmsUrl: cms.url, port: webPort, env: { NUXT_SITE_WEBHOOK_SECRET: SECRET } });
    admin = await adminLogin(cms.url);
  });

  afterAll(async () => {
    await web?.stop();
    await cms?.destroy();
  });

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** When the cached copy of a page was rendered (Nitro keeps it with the entry). */
  async function renderedAt(path: string): Promise<string | null> {
    const response = await fetch(`${web.url}${path}`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    await response.text();
    return response.headers.get('last-modified');
  }

  function postRevalidate(body: string, signature?: string) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (signature !== undefined) headers['x-blmk-signature'] = signature;
    return fetch(`${web.url}/api/revalidate`, { method: 'POST', headers, body });
  }

  const sign = (body: string, secret = SECRET) => signPurge(body, secret);

  describe('the page cache', () => {
    test('serves a page again from the cache, stale-while-revalidate', async () => {
      const first = await renderedAt('/news');
      await sleep(1_100);
      const response = await fetch(`${web.url}/news`, { headers: { accept: 'text/html' } });
      expect(response.headers.get('cache-control')).toContain('stale-while-revalidate');
      expect(response.headers.get('last-modified')).toBe(first);
    });

    const body = JSON.stringify({ event: 'update', model: 'news-item', documentId: 'abc123', locale: 'en', slug: 'blmk-single-operating-plan' });

    test.each([
      ['no signature', undefined],
      ['a signature with another secret', sign(body, 'not-the-secret')],
      ['a malformed signature', 'sha256=zz'],
    ])('refuses a purge with %s (401) and purges nothing', async (_label, signature) => {
      const before = await renderedAt('/news');
      await sleep(1_100);
      const response = await postRevalidate(body, signature);
      expect(response.status).toBe(401);
      expect(await renderedAt('/news')).toBe(before);
    });

    test('a signed purge drops exactly the affected pages', async () => {
      const news = await renderedAt('/news');
      const vacancies = await renderedAt('/vacancies');
      const story = await renderedAt('/news/blmk-single-operating-plan');
      await sleep(1_100);
      const response = await postRevalidate(body, sign(body));
      expect(response.status).toBe(200);
      const { purged } = (await response.json()) as { purged: string[] };
      expect(purged).toEqual(expect.arrayContaining(['/news', '/news/blmk-single-operating-plan']));
      expect(purged).not.toContain('/vacancies');
      expect(await renderedAt('/news')).not.toBe(news);
      expect(await renderedAt('/news/blmk-single-operating-plan')).not.toBe(story);
      expect(await renderedAt('/vacancies')).toBe(vacancies);
    });

    test('a signed but invalid payload is a 400', async () => {
      const bad = JSON.stringify({ event: 'create', model: 'news-item', documentId: 'x', locale: 'en', slug: null });
      const response = await postRevalidate(bad, sign(bad));
      expect(response.status).toBe(400);
    });
  });

  describe('publishing in the CMS', () => {
    async function waitFor(path: string, text: string, within: number): Promise<number> {
      const started = Date.now();
      while (Date.now() - started < within) {
        const page = await fetchPage(web.url, path);
        if (page.status === 200 && page.text.includes(text)) return Date.now() - started;
        await sleep(100);
      }
      throw new Error(`${path} did not show "${text}" within ${within} ms`);
    }

    test('a new news item is on the list, the home page and its own page within 2 seconds', async () => {
      const title = 'Freshness check: new urgent care centre opens';
      const slug = 'freshness-check-urgent-care-centre';
      // Warm the cache first: without the webhook these would stay stale for a minute.
      for (const path of ['/', '/news']) expect((await fetchPage(web.url, path)).text).not.toContain(title);

      const draft = { title, slug, summary: 'Opening today.', storyDate: new Date().toISOString().slice(0, 10) };
      const created = await admin.request<{ data: { documentId: string } }>('POST', NEWS, draft);
      expect(created.status).toBe(201);
      const published = await admin.request('POST', `${NEWS}/${created.body.data.documentId}/actions/publish`, draft);
      expect(published.status).toBe(200);

      // Generous polling; the assertion is the 2 seconds.
      expect(await waitFor('/news', title, 2_000)).toBeLessThan(2_000);
      expect(await waitFor('/', title, 2_000)).toBeLessThan(2_000);
      expect(await waitFor(`/news/${slug}`, title, 2_000)).toBeLessThan(2_000);

      // Unpublished: gone from the list again, its page a 404.
      const unpublished = await admin.request('POST', `${NEWS}/${created.body.data.documentId}/actions/unpublish`, {});
      expect(unpublished.status).toBe(200);
      const started = Date.now();
      while ((await fetchPage(web.url, '/news')).text.includes(title)) {
        expect(Date.now() - started).toBeLessThan(2_000);
        await sleep(100);
      }
      expect((await fetchPage(web.url, `/news/${slug}`)).status).toBe(404);
    });

    test('an edit to a published item shows once published, in every locale showing it in English, and a deleted one goes', async () => {
      const slug = 'blmk-single-operating-plan';
      const list = await admin.request<{ results: Array<{ documentId: string }> }>('GET', `${NEWS}?filters[slug][$eq]=${slug}`);
      const documentId = list.body.results[0]!.documentId;
      // Warm the cache, the Polish and Urdu pages too: with no translation they show the English story.
      for (const path of [`/news/${slug}`, `/pl/news/${slug}`, '/ur/news']) {
        expect((await fetchPage(web.url, path)).text).not.toContain('Freshness check: edited');
      }

      const edited = { title: 'BLMK Single Operating Plan (Freshness check: edited)', slug };
      expect((await admin.request('PUT', `${NEWS}/${documentId}`, edited)).status).toBe(200);
      expect((await admin.request('POST', `${NEWS}/${documentId}/actions/publish`, edited)).status).toBe(200);
      expect(await waitFor(`/news/${slug}`, 'Freshness check: edited', 2_000)).toBeLessThan(2_000);
      expect(await waitFor('/news', 'Freshness check: edited', 2_000)).toBeLessThan(2_000);
      expect(await waitFor(`/pl/news/${slug}`, 'Freshness check: edited', 2_000)).toBeLessThan(2_000);
      expect(await waitFor('/ur/news', 'Freshness check: edited', 2_000)).toBeLessThan(2_000);

      // The May 2018 brief lists the story: briefs stay whole, so it goes down first.
      expect((await admin.request('DELETE', `${NEWS}/${documentId}`)).status).toBe(400);
      const brief = await admin.request<{ results: Array<{ documentId: string }> }>('GET', `${BRIEFS}?filters[slug][$eq]=central-brief-may-2018`);
      expect((await admin.request('POST', `${BRIEFS}/${brief.body.results[0]!.documentId}/actions/unpublish`, {})).status).toBe(200);
      expect((await admin.request('DELETE', `${NEWS}/${documentId}`)).status).toBe(200);
      const started = Date.now();
      while ((await fetchPage(web.url, `/news/${slug}`)).status !== 404) {
        expect(Date.now() - started).toBeLessThan(2_000);
        await sleep(100);
      }
      expect((await fetchPage(web.url, '/news')).text).not.toContain('Freshness check: edited');
    });
  });
});
