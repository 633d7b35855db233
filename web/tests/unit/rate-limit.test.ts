import { describe, expect, test } from 'vitest';
import { healthReport } from '../../server/health/checks';
import { rateRules, ruleFor } from '../../server/rate-limit/rules';
import { FallbackRateStore, MemoryRateStore, type RateStore } from '../../server/rate-limit/store';
import { clientAddress, parseTrustedProxies } from '../../server/utils/client-ip';

describe('rate-limit rules', () => {
  const rules = rateRules({ newsletter: 3, newsletterWindowS: 60, search: '5', searchWindowS: '10' });

  test('the newsletter form posts and the search page in every language are limited; nothing else', () => {
    for (const action of ['subscribe', 'confirm', 'unsubscribe', 'preferences']) expect(ruleFor(rules, 'POST', `/api/newsletter/${action}`)?.name).toBe('newsletter');
    for (const path of ['/search', '/search?q=x', '/pl/search', '/ur/search/', '/ro/search?q=a']) expect(ruleFor(rules, 'GET', path)?.name, path).toBe('search');
    for (const [method, path] of [
      ['GET', '/api/newsletter/preferences'],
      ['GET', '/news'],
      ['GET', '/xx/search'],
      ['GET', '/searching'],
      ['POST', '/api/revalidate'],
      ['POST', '/search'],
    ] as const) {
      expect(ruleFor(rules, method, path), `${method} ${path}`).toBeUndefined();
    }
  });

  test('limits and windows come from the settings, and a bad setting is refused by name', () => {
    expect(rules.newsletter).toEqual({ name: 'newsletter', limit: 3, windowMs: 60_000 });
    expect(rules.search).toEqual({ name: 'search', limit: 5, windowMs: 10_000 });
    expect(rateRules().search.limit).toBe(120);
    expect(() => rateRules({ search: 0 })).toThrow(/NUXT_RATE_LIMIT_SEARCH /);
    expect(() => rateRules({ newsletterWindowS: 'soon' })).toThrow(/NUXT_RATE_LIMIT_NEWSLETTER_WINDOW_S/);
  });
});

describe('the memory store', () => {
  test('counts per key within a window, and starts again when it ends', async () => {
    let now = 1_000;
    const store = new MemoryRateStore(() => now);
    expect(await store.hit('a', 100)).toEqual({ count: 1, resetInMs: 100 });
    now += 40;
    expect(await store.hit('a', 100)).toEqual({ count: 2, resetInMs: 60 });
    expect((await store.hit('b', 100)).count).toBe(1);
    now += 60;
    expect((await store.hit('a', 100)).count).toBe(1);
  });

  test('a flood of addresses cannot grow it past its bound', async () => {
    const store = new MemoryRateStore(Date.now, 100);
    for (let i = 0; i < 1_000; i++) await store.hit(`ip-${i}`, 60_000);
    expect(store.size).toBeLessThanOrEqual(100);
  });
});

describe('the fallback store', () => {
  test('counts in memory while the shared store fails, and goes back to it when it answers', async () => {
    let up = false;
    const shared = new MemoryRateStore();
    const flaky: RateStore = { hit: (key, windowMs) => (up ? shared.hit(key, windowMs) : Promise.reject(new Error('Connection is closed.'))) };
    const logged: string[] = [];
    const store = new FallbackRateStore(flaky, new MemoryRateStore(), (message) => logged.push(message));
    expect((await store.hit('k', 1_000)).count).toBe(1);
    expect((await store.hit('k', 1_000)).count).toBe(2);
    up = true;
    expect((await store.hit('k', 1_000)).count).toBe(1);
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatch(/Redis unavailable \(Connection is closed\.\)/);
    expect(logged[1]).toMatch(/answers again/);
  });
});

describe('the client address', () => {
  test('X-Forwarded-For counts only from a trusted proxy', () => {
    const none = parseTrustedProxies('');
    const lb = parseTrustedProxies('10.0.0.0/8, 192.168.1.7, fd00::/8');
    expect(clientAddress('203.0.113.9', '198.51.100.1', none)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:10.1.2.3', '198.51.100.1', lb)).toBe('198.51.100.1');
    expect(clientAddress('192.168.1.7', '1.1.1.1, 198.51.100.1, 10.0.0.2', lb)).toBe('198.51.100.1');
    expect(clientAddress('fd00::1', '2001:db8::5', lb)).toBe('2001:db8::5');
    expect(clientAddress('203.0.113.9', '198.51.100.1', lb)).toBe('203.0.113.9');
    // A trusted proxy passing on garbage: the last good hop is the client.
    expect(clientAddress('10.0.0.1', '<script>, 198.51.100.1', lb)).toBe('198.51.100.1');
    expect(clientAddress('10.0.0.1', 'nonsense', lb)).toBe('10.0.0.1');
  });

  test('a setting that is not an address or a range stops the site, naming the entry', () => {
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/"10.0.0.0\/33"/);
    expect(() => parseTrustedProxies('loadbalancer.internal')).toThrow(/NUXT_TRUSTED_PROXIES/);
  });
});

describe('the health reading', () => {
  test('200 while the site can serve (degraded with the CMS or Redis down), 503 only with neither', () => {
    expect(healthReport({ cms: 'up', redis: 'up' })).toEqual({ statusCode: 200, report: { status: 'ok', checks: { cms: 'up', redis: 'up' } } });
    expect(healthReport({ cms: 'up', redis: 'not-configured' }).report.status).toBe('ok');
    expect(healthReport({ cms: 'down', redis: 'not-configured' })).toMatchObject({ statusCode: 200, report: { status: 'degraded' } });
    expect(healthReport({ cms: 'down', redis: 'up' })).toMatchObject({ statusCode: 200, report: { status: 'degraded' } });
    expect(healthReport({ cms: 'up', redis: 'down' })).toMatchObject({ statusCode: 200, report: { status: 'degraded' } });
    expect(healthReport({ cms: 'down', redis: 'down' })).toMatchObject({ statusCode: 503, report: { status: 'down' } });
  });
});
