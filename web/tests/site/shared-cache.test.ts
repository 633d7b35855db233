import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin } from '../../../scripts/testing/admin-api.ts';
import { startTestCms, type TestCms } from '../../../scripts/testing/cms-server.ts';
import { startTestWeb, type TestWeb } from '../../../scripts/testing/web-server.ts';
import { freePort } from '../../../scripts/lib/ports.ts';
import { testRedisUrl } from '../../../scripts/testing/redis.ts';
import { fetchPage } from './fetch-page';

/**
 * Two site processes behind one address share their page cache in Redis: the CMS's
 * webhook reaches one of them, and the page is fresh on both within 2 seconds. A Redis
 * that is down costs the cache, never the site; while it is down no process serves
 * ready-to-send copies, which a purge it missed could leave stale. The machine's Redis (scripts/testing/redis.ts).
 */

const REDIS_URL = await testRedisUrl();
const SECRET = randomBytes(24).toString('hex');
const PREFIX = `blmk-test-${randomBytes(6).toString('hex')}`;
const NEWS = '/content-manager/collection-types/api::news-item.news-item';

let cms: TestCms;
let siteA: TestWeb;
let siteB: TestWeb;
let redis: Redis;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  if (!REDIS_URL) return;
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  const portA = await freePort();
  // The CMS tells site A only, as a load balancer would pass its webhook to one process.
  cms = await startTestCms({ database: 'sqlite', seed: true, env: { SITE_URL: `http://127.0.0.1:${portA}`, SITE_WEBHOOK_SECRET: SECRET } });
  const env = { NUXT_SITE_WEBHOOK_SECRET: SECRET, NUXT_REDIS_URL: REDIS_URL, NUXT_REDIS_CACHE_PREFIX: PREFIX };
  siteA = await startTestWeb({ cmsUrl: cms.url, port: portA, env });
  siteB = await startTestWeb({ cmsUrl: cms.url, env });
});

afterAll(async () => {
  await siteA?.stop();
  await siteB?.stop();
  await cms?.destroy();
  if (redis) {
    const keys = await redis.keys(`${PREFIX}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  }
});

/** When the copy a site serves was rendered (its Last-Modified, which must be there). */
async function renderedAt(site: TestWeb, path: string): Promise<string> {
  const response = await fetch(`${site.url}${path}`, { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  await response.text();
  const lastModified = response.headers.get('last-modified');
  expect(lastModified, 'a cached page says when it was rendered').toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
  return lastModified!;
}

describe.skipIf(!REDIS_URL)('a page cache shared in Redis', () => {
  test('a page one process rendered is served from Redis by the other', async () => {
    const byB = await renderedAt(siteB, '/briefs');
    // A second later, a fresh render would say a later second: the same one means A served B's copy.
    await sleep(1_100);
    expect(await renderedAt(siteA, '/briefs')).toBe(byB);
    expect((await redis.keys(`${PREFIX}:nitro:routes:*`)).length).toBeGreaterThan(0);
  });

  test('published in the CMS, fresh on the process the webhook did not reach within 2 seconds', async () => {
    const title = 'Shared cache check: new community diagnostic centre';
    const slug = 'shared-cache-check-diagnostic-centre';
    // Both processes serve /news from their ready-to-send copies before the change: the
    // purge must reach B's copy too (it hears it on the Redis channel, not the webhook).
    for (const site of [siteA, siteB]) {
      expect((await fetchPage(site.url, '/news')).text).not.toContain(title);
      await expect.poll(async () => (await fetch(`${site.url}/news`)).headers.get('x-blmk-send-cache'), { timeout: 5_000 }).toBe('hit');
    }

    const admin = await adminLogin(cms.url);
    const draft = { title, slug, summary: 'Opening in spring.', storyDate: new Date().toISOString().slice(0, 10) };
    const created = await admin.request<{ data: { documentId: string } }>('POST', NEWS, draft);
    expect(created.status).toBe(201);
    expect((await admin.request('POST', `${NEWS}/${created.body.data.documentId}/actions/publish`, draft)).status).toBe(200);

    const started = Date.now();
    while (!(await fetchPage(siteB.url, '/news')).text.includes(title)) {
      expect(Date.now() - started, 'site B still serves the stale /news').toBeLessThan(2_000);
      await sleep(100);
    }
  });
});

describe.skipIf(!REDIS_URL)('when Redis is not there', () => {
  test('the site still serves every page, uncached', async () => {
    const closedPort = await freePort();
    const site = await startTestWeb({ cmsUrl: cms.url, env: { NUXT_REDIS_URL: `redis://127.0.0.1:${closedPort}`, NUXT_REDIS_CACHE_PREFIX: PREFIX } });
    try {
      for (const path of ['/', '/news', '/briefs/central-brief-may-2018']) {
        const page = await fetchPage(site.url, path);
        expect(page.status, path).toBe(200);
      }
    } finally {
      await site.stop();
    }
  });

  test('a Redis setting that is not a Redis URL stops the site at start, saying which', async () => {
    const failure = await startTestWeb({ cmsUrl: cms.url, env: { NUXT_REDIS_URL: 'http://127.0.0.1:6379' } }).then(
      async (site) => {
        await site.stop();
        return null;
      },
      (error: Error) => error,
    );
    expect(failure?.message).toMatch(/exited/);
    const logFile = /see (\S+)$/.exec(failure!.message)![1]!;
    expect(await readFile(logFile, 'utf8')).toContain('NUXT_REDIS_URL must start with redis:// or rediss://');
  });
});
