import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { afterAll, describe, expect, test } from 'vitest';
import { testRedisUrl } from '../../../../scripts/testing/redis.ts';
import { rateRules, ruleFor } from './rules';
import { MemoryRateStore, RedisRateStore } from './store';

describe('rateRules / ruleFor', () => {
  const rules = rateRules({ RATE_LIMIT_LOGIN: '5', NEWSLETTER_SUBSCRIBE_LIMIT: '0' });

  test('admin and API logins count against the login rule, GETs do not', () => {
    expect(ruleFor(rules, 'POST', '/admin/login')).toMatchObject({ name: 'login', limit: 5, windowMs: 900_000 });
    expect(ruleFor(rules, 'post', '/api/auth/local')).toMatchObject({ name: 'login' });
    expect(ruleFor(rules, 'GET', '/admin/login')).toBeUndefined();
    expect(ruleFor(rules, 'POST', '/admin/loginx')).toBeUndefined();
  });

  test('subscribe has its own rule (here switched off with 0); other newsletter writes count as public writes', () => {
    expect(ruleFor(rules, 'POST', '/api/newsletter/subscribe')).toBeUndefined();
    expect(ruleFor(rules, 'POST', '/api/newsletter/confirm')).toMatchObject({ name: 'public-write', limit: 60 });
    expect(ruleFor(rules, 'GET', '/api/newsletter/preferences')).toBeUndefined();
    expect(ruleFor(rules, 'POST', '/api/news-items')).toBeUndefined();
  });

  test('refuses settings that are not whole numbers', () => {
    expect(() => rateRules({ RATE_LIMIT_LOGIN: '-1' })).toThrow(/RATE_LIMIT_LOGIN must be a whole number/);
    expect(() => rateRules({ RATE_LIMIT_PUBLIC_WINDOW_S: '1.5' })).toThrow(/RATE_LIMIT_PUBLIC_WINDOW_S/);
  });
});

describe('MemoryRateStore', () => {
  test('counts per key within a window, then starts again', async () => {
    let now = 0;
    const store = new MemoryRateStore(() => now);
    expect(await store.hit('a', 1000)).toEqual({ count: 1, resetInMs: 1000 });
    now = 400;
    expect(await store.hit('a', 1000)).toEqual({ count: 2, resetInMs: 600 });
    expect(await store.hit('b', 1000)).toEqual({ count: 1, resetInMs: 1000 });
    now = 1000;
    expect(await store.hit('a', 1000)).toEqual({ count: 1, resetInMs: 1000 });
  });
});

const redisUrl = await testRedisUrl();

describe.skipIf(!redisUrl)('RedisRateStore', () => {
  const prefix = `blmk:test:rate:${randomBytes(4).toString('hex')}:`;
  const client = redisUrl ? new Redis(redisUrl) : undefined;
  afterAll(async () => {
    const keys = await client!.keys(`${prefix}*`);
    if (keys.length) await client!.del(...keys);
    await client!.quit();
  });

  test('two stores on one Redis share the count, and the key expires with the window', async () => {
    const first = new RedisRateStore(redisUrl!, prefix);
    const second = new RedisRateStore(redisUrl!, prefix);
    try {
      expect((await first.hit('login:1.2.3.4', 60_000)).count).toBe(1);
      const hit = await second.hit('login:1.2.3.4', 60_000);
      expect(hit.count).toBe(2);
      expect(hit.resetInMs).toBeGreaterThan(55_000);
      expect(hit.resetInMs).toBeLessThanOrEqual(60_000);
      expect(await client!.get(`${prefix}login:1.2.3.4`)).toBe('2');
      expect(await client!.pttl(`${prefix}login:1.2.3.4`)).toBeGreaterThan(0);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
