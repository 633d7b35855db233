import { describe, expect, test } from 'vitest';
import { sharedCacheSettings } from '../../server/utils/shared-cache';

describe('the shared page cache settings', () => {
  test('no Redis URL: each process keeps its own cache', () => {
    expect(sharedCacheSettings({})).toBeNull();
    expect(sharedCacheSettings({ redisUrl: '  ' })).toBeNull();
  });

  test('a Redis URL, with the default or a chosen key prefix', () => {
    expect(sharedCacheSettings({ redisUrl: 'redis://cache.internal:6379' })).toEqual({ url: 'redis://cache.internal:6379', prefix: 'blmk-site' });
    expect(sharedCacheSettings({ redisUrl: 'rediss://user:pw@cache:6380/2', redisCachePrefix: 'site.staging' })).toEqual({
      url: 'rediss://user:pw@cache:6380/2',
      prefix: 'site.staging',
    });
  });

  test.each([
    ['not a URL', { redisUrl: 'cache:6379:x' }, /NUXT_REDIS_URL must start with redis:\/\//],
    ['garbage', { redisUrl: '::::' }, /NUXT_REDIS_URL is not a URL/],
    ['another protocol', { redisUrl: 'http://cache:6379' }, /NUXT_REDIS_URL must start with redis:\/\/ or rediss:\/\/, not http:/],
    ['a prefix with spaces', { redisUrl: 'redis://cache', redisCachePrefix: 'my site' }, /NUXT_REDIS_CACHE_PREFIX may hold only/],
    ['a prefix with a glob', { redisUrl: 'redis://cache', redisCachePrefix: 'site*' }, /NUXT_REDIS_CACHE_PREFIX may hold only/],
  ])('refuses %s, naming the setting', (_label, config, message) => {
    expect(() => sharedCacheSettings(config)).toThrow(message);
  });
});
