import type { Driver } from 'unstorage';
import memoryDriver from 'unstorage/drivers/memory';
import { describe, expect, test } from 'vitest';
import { withMemoryFallback } from '../../server/utils/cache-fallback';

/**
 * The page cache's fallback, against a stand-in for Redis that can be switched off (a
 * memory store whose every command throws while `down`, as ioredis does without its
 * offline queue). The real Redis stopping under the built site is
 * scripts/tests/faults/site-faults.test.ts.
 */
function switchableRedis(): { driver: Driver; store: Driver; setDown(down: boolean): void } {
  const store = memoryDriver();
  let down = false;
  const guard =
    <A extends unknown[], R>(work: (...args: A) => R) =>
    async (...args: A) => {
      if (down) throw new Error("Stream isn't writeable and enableOfflineQueue options is false");
      return work(...args);
    };
  return {
    store,
    setDown: (value) => (down = value),
    driver: {
      name: 'redis-stand-in',
      hasItem: guard((key: string, opts) => store.hasItem(key, opts)),
      getItem: guard((key: string, opts) => store.getItem(key, opts)),
      setItem: guard((key: string, value: string, opts) => store.setItem!(key, value, opts)),
      removeItem: guard((key: string, opts) => store.removeItem!(key, opts)),
      getKeys: guard((base: string, opts) => store.getKeys(base, opts)),
    },
  };
}

describe('the page cache with Redis down', () => {
  test('reads and writes go to Redis while it answers', async () => {
    const redis = switchableRedis();
    const cache = withMemoryFallback(redis.driver);
    await cache.setItem!('page:/news', 'rendered', {});
    expect(await redis.store.getItem('page:/news')).toBe('rendered');
    expect(await cache.getItem('page:/news')).toBe('rendered');
  });

  test('while Redis is down, pages are kept in memory; once it is back, Redis serves again', async () => {
    const redis = switchableRedis();
    const changes: boolean[] = [];
    const cache = withMemoryFallback(redis.driver, (healthy) => changes.push(healthy));
    redis.setDown(true);
    expect(await cache.getItem('page:/news')).toBeNull();
    await cache.setItem!('page:/news', 'rendered while down', {});
    expect(await cache.getItem('page:/news'), 'the second request gets the process copy').toBe('rendered while down');
    expect(await cache.hasItem('page:/news', {})).toBe(true);

    redis.setDown(false);
    // Redis came back empty: the page renders again and goes to Redis; memory copies are dropped.
    expect(await cache.getItem('page:/news')).toBeNull();
    await cache.setItem!('page:/news', 'rendered after', {});
    expect(await redis.store.getItem('page:/news')).toBe('rendered after');
    expect(changes).toEqual([false, true]);
  });

  test('a purge Redis missed while down is made once it answers again', async () => {
    const redis = switchableRedis();
    const cache = withMemoryFallback(redis.driver);
    await cache.setItem!('page:/news', 'before the change', {});
    redis.setDown(true);
    await cache.removeItem!('page:/news', {});
    expect(await redis.store.getItem('page:/news'), 'Redis still holds the stale copy while down').toBe('before the change');
    redis.setDown(false);
    // The first read once Redis answers replays the purge before it reads: no stale copy.
    expect(await cache.getItem('page:/news')).toBeNull();
    expect(await redis.store.getItem('page:/news')).toBeNull();
  });
});
