import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestCms, type TestCms } from '../../../scripts/testing/cms-server.ts';
import { redisServerBinary, startPrivateRedis, type PrivateRedis } from '../../../scripts/testing/private-redis.ts';
import { startTestWeb, type TestWeb } from '../../../scripts/testing/web-server.ts';

/**
 * The site's rate limits on the newsletter forms and search, and its /_health, on real
 * site processes: two sharing one Redis enforce one limit between them; without Redis
 * each process limits alone; X-Forwarded-For counts only from a trusted proxy; and when
 * Redis goes away mid-run the sites keep serving, counting in memory. A private
 * redis-server on a free port (so it can be stopped without touching the machine's).
 */

const REDIS_SERVER = redisServerBinary();

const SEARCH_LIMIT = 4;
const NEWSLETTER_LIMIT = 3;
const LIMITS = { NUXT_RATE_LIMIT_SEARCH: String(SEARCH_LIMIT), NUXT_RATE_LIMIT_NEWSLETTER: String(NEWSLETTER_LIMIT), NUXT_RATE_LIMIT_SEARCH_WINDOW_S: '120' };
const PREFIX = `blmk-rate-${randomBytes(4).toString('hex')}`;

let cms: TestCms;
let redisServer: PrivateRedis | undefined;
/** A client of the private Redis, to read the counters the sites keep there. */
let redis: Redis | undefined;
/** A and B share Redis; alone has no Redis; proxied has no Redis and trusts 127.0.0.1 as its load balancer. */
let siteA: TestWeb | undefined;
let siteB: TestWeb | undefined;
let alone: TestWeb;
let proxied: TestWeb;

beforeAll(async () => {
  cms = await startTestCms({ database: 'sqlite', seed: false });
  if (REDIS_SERVER) {
    redisServer = await startPrivateRedis(REDIS_SERVER);
    redis = new Redis(redisServer.url, { maxRetriesPerRequest: 1, retryStrategy: (attempt) => (attempt > 50 ? null : 100) });
    redis.on('error', () => undefined);
    const shared = { ...LIMITS, NUXT_REDIS_URL: redisServer.url, NUXT_REDIS_CACHE_PREFIX: PREFIX };
    [siteA, siteB] = await Promise.all([startTestWeb({ cmsUrl: cms.url, env: shared }), startTestWeb({ cmsUrl: cms.url, env: shared })]);
  }
  [alone, proxied] = await Promise.all([
    startTestWeb({ cmsUrl: cms.url, env: LIMITS }),
    startTestWeb({ cmsUrl: cms.url, env: { ...LIMITS, NUXT_TRUSTED_PROXIES: '127.0.0.1' } }),
  ]);
  // The site build's lock is shared by every checkout on the machine: waiting for it can take long.
}, 1_200_000);

afterAll(async () => {
  await Promise.all([siteA?.stop(), siteB?.stop(), alone?.stop(), proxied?.stop()]);
  redis?.disconnect();
  await redisServer?.destroy();
  await cms?.destroy();
});

function search(site: TestWeb, headers: Record<string, string> = {}, q = 'diagnostic'): Promise<Response> {
  return fetch(`${site.url}/search?q=${q}`, { headers: { accept: 'text/html', ...headers }, redirect: 'manual' });
}

function subscribe(site: TestWeb, body: Record<string, string>): Promise<Response> {
  return fetch(`${site.url}/api/newsletter/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    body: new URLSearchParams(body),
    redirect: 'manual',
  });
}

/** The statuses of requests sent one after another. */
async function statuses(requests: Array<() => Promise<Response>>): Promise<number[]> {
  const seen: number[] = [];
  for (const send of requests) {
    const response = await send();
    await response.arrayBuffer();
    seen.push(response.status);
  }
  return seen;
}

async function expectTooMany(response: Response, lang: string): Promise<string> {
  expect(response.status).toBe(429);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  const html = await response.text();
  expect(html).toMatch(new RegExp(`^<!DOCTYPE html>\\s*<html lang="${lang}"`));
  expect(html).toMatch(/<title>[^<]+<\/title>/);
  expect(html).toMatch(/<main[^>]*>\s*<h1>[^<]+<\/h1>/);
  expect(html).toMatch(/<a href="\/[^"]*">[^<]+<\/a>/);
  expect(html).not.toMatch(/<script/i);
  return html;
}

describe.skipIf(!REDIS_SERVER)('two site processes sharing one Redis', () => {
  test('enforce one search limit between them: the requests either one answered count on both', async () => {
    const seen = await statuses(Array.from({ length: SEARCH_LIMIT }, (_, i) => () => search(i % 2 ? siteB! : siteA!)));
    expect(seen).toEqual(Array(SEARCH_LIMIT).fill(200));
    await expectTooMany(await search(siteA!), 'en');
    await expectTooMany(await search(siteB!), 'en');
    expect(await redis!.keys(`${PREFIX}:rate:search:*`)).toHaveLength(1);
    const ttl = await redis!.pttl((await redis!.keys(`${PREFIX}:rate:search:*`))[0]!);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(120_000);
  });

  test('enforce one newsletter limit: the 429 page is in the form\'s language, a one-click unsubscribe gets plain text', async () => {
    const form = { email: 'not-an-address', topics: 'briefs', locale: 'pl' };
    const seen = await statuses(Array.from({ length: NEWSLETTER_LIMIT }, (_, i) => () => subscribe(i % 2 ? siteB! : siteA!, form)));
    expect(seen).toEqual(Array(NEWSLETTER_LIMIT).fill(303));
    const html = await expectTooMany(await subscribe(siteB!, form), 'pl');
    expect(html).toContain('href="/pl/newsletter"');
    const oneClick = await fetch(`${siteA!.url}/api/newsletter/unsubscribe?token=abcdefghijklmnop`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(429);
    expect(oneClick.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  test('/_health: ok with the CMS and Redis up, and names no address', async () => {
    const response = await fetch(`${siteA!.url}/_health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ status: 'ok', checks: { cms: 'up', redis: 'up' } });
    expect(text).not.toMatch(/127\.0\.0\.1|redis:\/\/|:\d{4,5}/);
  });

  test('when Redis goes down mid-run both keep serving, each counting alone in memory; /_health says degraded', async () => {
    await redisServer!.stop();
    for (const site of [siteA!, siteB!]) {
      const seen = await statuses(Array.from({ length: SEARCH_LIMIT + 1 }, () => () => search(site, {}, 'after-redis')));
      expect(seen, site.url).toEqual([...Array(SEARCH_LIMIT).fill(200), 429]);
      const health = await fetch(`${site.url}/_health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'degraded', checks: { cms: 'up', redis: 'down' } });
    }
    // Pages that are not limited are served as ever.
    expect((await fetch(`${siteA!.url}/`, { headers: { accept: 'text/html' } })).status).toBe(200);
  });
});

describe('without Redis', () => {
  test('each process limits alone', async () => {
    expect(await statuses(Array.from({ length: SEARCH_LIMIT + 1 }, () => () => search(alone)))).toEqual([...Array(SEARCH_LIMIT).fill(200), 429]);
    expect(await statuses(Array.from({ length: SEARCH_LIMIT + 1 }, () => () => search(proxied)))).toEqual([...Array(SEARCH_LIMIT).fill(200), 429]);
  });

  test('X-Forwarded-For is ignored unless the connection comes from a trusted proxy', async () => {
    // alone trusts no proxy: a new forged address each time still counts as this socket, already over the limit.
    const forged = await search(alone, { 'x-forwarded-for': '198.51.100.77' });
    await expectTooMany(forged, 'en');
    // proxied trusts 127.0.0.1 (the test's connection), so each forwarded reader has their own count.
    const readers = ['198.51.100.1', '198.51.100.2'];
    for (const reader of readers) {
      const seen = await statuses(Array.from({ length: SEARCH_LIMIT + 1 }, () => () => search(proxied, { 'x-forwarded-for': `203.0.113.250, ${reader}` })));
      expect(seen, reader).toEqual([...Array(SEARCH_LIMIT).fill(200), 429]);
    }
  });

  test('the 429 page of a localised search is in that language and direction', async () => {
    const response = await fetch(`${alone.url}/ur/search?q=x`, { headers: { accept: 'text/html' } });
    const html = await expectTooMany(response, 'ur');
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('href="/ur/search"');
  });

  test('/_health: 200 degraded while the CMS is down (cached pages still serve), 503 down when Redis is down too', async () => {
    expect(await (await fetch(`${alone.url}/_health`)).json()).toEqual({ status: 'ok', checks: { cms: 'up', redis: 'not-configured' } });
    await cms.stop();
    try {
      const started = Date.now();
      const response = await fetch(`${alone.url}/_health`);
      expect(Date.now() - started, 'answers fast with the CMS gone').toBeLessThan(1_500);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'degraded', checks: { cms: 'down', redis: 'not-configured' } });
      if (siteA) {
        const down = await fetch(`${siteA.url}/_health`);
        expect(down.status).toBe(503);
        expect(await down.json()).toEqual({ status: 'down', checks: { cms: 'down', redis: 'down' } });
      }
    } finally {
      await cms.start();
    }
  });
});
