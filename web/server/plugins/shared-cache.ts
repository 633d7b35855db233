import redisDriver from 'unstorage/drivers/redis';
import { boundedMemoryDriver } from '../cache/bounded-memory';
import { withMemoryFallback } from '../utils/cache-fallback';
import { mountCache } from '../cache/mount-cache';
import { sharedCacheSettings } from '../utils/shared-cache';

/**
 * Without NUXT_REDIS_URL, Nitro's cache (the page cache above all) stays in this
 * process's memory, bounded (cache/bounded-memory.ts).
 * Moves Nitro's cache to Redis when NUXT_REDIS_URL is set.
 * A Redis that is down must not take the site with it: commands fail at once instead
 * of queueing, and the cache falls back to this process's memory until Redis is back.
 */
export default defineNitroPlugin(() => {
  const settings = sharedCacheSettings(useRuntimeConfig());
  // The build's prerender step has a cache of its own (Nitro mounts one on disk).
  if (import.meta.prerender) return;
  if (!settings) {
    mountCache(useStorage(), boundedMemoryDriver());
    return;
  }
  const host = new URL(settings.url).host;
  const redis = redisDriver({
    url: settings.url,
    base: settings.prefix,
    preConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    // Keep trying to reconnect, but no faster than every two seconds.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  const report = (healthy: boolean) =>
    healthy
      ? console.info(`[cache] Redis at ${host} answers again: pages are cached there again`)
      : console.warn(`[cache] Redis at ${host} does not answer: pages are cached in this process until it does`);
  mountCache(useStorage(), withMemoryFallback(redis, report));
  console.info(`[cache] pages are cached in Redis at ${host} under "${settings.prefix}"`);
});
