/**
 * The site's faults, each under a bounded load on loopback (scripts/testing/load-loop.ts):
 * - the CMS restarts while the site is read: pages in the site's cache keep answering, no 5xx;
 * - Redis (a private server: the machine's is shared) stops under a site that keeps its page
 *   cache there: the site falls back to a cache in its own process, keeps serving with no
 *   5xx, and puts its pages in Redis again once Redis is back.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestCms, type TestCms } from '../../testing/cms-server.ts';
import { serverErrors, startLoad } from '../../testing/load-loop.ts';
import { startPrivateRedis, type PrivateRedis } from '../../testing/private-redis.ts';
import { sleep, waitFor } from '../../testing/wait.ts';
import { startTestWeb, type TestWeb } from '../../testing/web-server.ts';

/** Cached pages of every kind the seed gives: lists, an entry of each type, a feed. */
const CACHED_PAGES = [
  '/',
  '/news',
  '/news/blmk-single-operating-plan',
  '/briefs',
  '/briefs/central-brief-may-2018',
  '/events',
  '/vacancies',
  '/leadership',
  '/feeds/news.xml',
];

let cms: TestCms;
let memorySite: TestWeb;
let redisSite: TestWeb;
let redis: PrivateRedis;

beforeAll(async () => {
  redis = await startPrivateRedis();
  cms = await startTestCms({ database: 'sqlite', seed: true });
  memorySite = await startTestWeb({ cmsUrl: cms.url });
  redisSite = await startTestWeb({ cmsUrl: cms.url, env: { NUXT_REDIS_URL: redis.url } });
}, 420_000);

afterAll(async () => {
  await memorySite?.stop();
  await redisSite?.stop();
  await cms?.destroy();
  await redis?.destroy();
});

/** Visits every cached page once (so it is in the cache) and checks it is a 200. */
async function warm(site: TestWeb): Promise<void> {
  for (const path of CACHED_PAGES) {
    const response = await fetch(`${site.url}${path}`, { headers: { accept: 'text/html' } });
    await response.arrayBuffer();
    expect(response.status, path).toBe(200);
  }
}

/** When the copy of `path` the site serves was rendered (its Last-Modified). */
async function renderedAt(site: TestWeb, path: string): Promise<string | null> {
  const response = await fetch(`${site.url}${path}`, { headers: { accept: 'text/html' } });
  await response.arrayBuffer();
  expect(response.status, path).toBe(200);
  return response.headers.get('last-modified');
}

describe('the CMS restarts while the site is under load', () => {
  test('cached pages keep answering on both caches, with no 5xx and no dropped request', async () => {
    await warm(memorySite);
    await warm(redisSite);
    const loads = [startLoad(memorySite.url, CACHED_PAGES), startLoad(redisSite.url, CACHED_PAGES)];
    await sleep(1_000);
    await cms.stop();
    // Down for a while, as a deploy or a crash loop would leave it.
    await sleep(3_000);
    const downRequests = loads.map((load) => load.tally.requests);
    await cms.start();
    await sleep(1_000);
    const tallies = await Promise.all(loads.map((load) => load.stop()));
    for (const [index, tally] of tallies.entries()) {
      console.info(`[faults] CMS restart, site ${index ? 'with Redis' : 'in memory'}: ${tally.requests} requests, statuses ${JSON.stringify(tally.statuses)}, slowest ${tally.maxMs} ms`);
      expect(tally.failures, 'requests without an answer').toEqual([]);
      expect(serverErrors(tally), '5xx answers').toEqual({});
      expect(tally.statuses[200]).toBe(tally.requests);
      expect(downRequests[index], 'the load went on while the CMS was down').toBeGreaterThan(50);
    }
    // And the CMS is back for what is not cached: a page never visited renders.
    expect((await fetch(`${memorySite.url}/news?page=1&fault=after-restart`)).status).toBe(200);
  }, 120_000);
});

describe('Redis stops under the site', () => {
  test('the site serves from a cache of its own with no 5xx, and uses Redis again once it is back', async () => {
    await warm(redisSite);
    expect(await redis.keyCount(), 'pages are cached in Redis').toBeGreaterThan(0);

    const load = startLoad(redisSite.url, CACHED_PAGES);
    await sleep(1_000);
    await redis.stop();
    await sleep(3_000);
    // A page rendered while Redis is away is kept in the process: the next request gets the same copy.
    const first = await renderedAt(redisSite, '/news?fault=redis-down');
    await sleep(1_100);
    expect(await renderedAt(redisSite, '/news?fault=redis-down'), 'served from the per-process cache').toBe(first);
    // No ready-to-send copies while purges cannot reach this process (web/server/send-cache/purge-channel.ts).
    const sendCache = async (path: string) => (await fetch(`${redisSite.url}${path}`)).headers.get('x-blmk-send-cache');
    expect(await sendCache('/news?fault=redis-down'), 'ready copies while Redis is down').toBeNull();
    const tally = await load.stop();
    console.info(`[faults] Redis down: ${tally.requests} requests, statuses ${JSON.stringify(tally.statuses)}, slowest ${tally.maxMs} ms`);
    expect(tally.failures, 'requests without an answer').toEqual([]);
    expect(serverErrors(tally), '5xx answers').toEqual({});
    expect(tally.statuses[200]).toBe(tally.requests);

    // Redis comes back empty (no persistence): the site reconnects and fills it again.
    await redis.start();
    await waitFor(
      'the site caching in Redis again',
      async () => {
        await warm(redisSite);
        return (await redis.keyCount()) > 0;
      },
      20_000,
    );
    await waitFor('ready copies served again', async () => (await sendCache('/news?fault=redis-back')) === 'hit', 20_000);
  }, 120_000);
});
