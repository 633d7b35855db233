import Redis from 'ioredis';
import { sharedCacheSettings } from './shared-cache';

let client: { url: string; redis: Redis } | undefined;

/**
 * This process's Redis connection for small commands (rate-limit counters, the health
 * check), or null without NUXT_REDIS_URL. The page cache has its own (plugins/shared-cache.ts).
 * Commands fail at once while Redis is away (no offline queue), so callers can fall back
 * instead of waiting; ioredis keeps reconnecting in the background.
 */
export function useRedisClient(): Redis | null {
  const settings = sharedCacheSettings(useRuntimeConfig());
  if (!settings) return null;
  if (client?.url !== settings.url) {
    client?.redis.disconnect();
    const redis = new Redis(settings.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      commandTimeout: 1_000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    });
    // Errors are reported by the commands that fail; an unhandled 'error' event would crash the process.
    redis.on('error', () => undefined);
    client = { url: settings.url, redis };
  }
  return client.redis;
}

/** The key prefix shared with the page cache (NUXT_REDIS_CACHE_PREFIX), so several sites can share one Redis. */
export function redisKeyPrefix(): string {
  return sharedCacheSettings(useRuntimeConfig())?.prefix ?? 'blmk-site';
}
