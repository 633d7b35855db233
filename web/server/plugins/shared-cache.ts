import redisDriver from 'unstorage/drivers/redis';
import { sharedCacheSettings } from '../utils/shared-cache';

/**
 * Moves Nitro's cache (the page cache above all) to Redis when NUXT_REDIS_URL is set.
 * A Redis that is down must not take the site with it: commands fail at once instead
 * of queueing, and Nitro then renders the page as if it were not cached.
 */
export default defineNitroPlugin(() => {
  const settings = sharedCacheSettings(useRuntimeConfig());
  if (!settings) return;
  useStorage().mount(
    'cache',
    redisDriver({
      url: settings.url,
      base: settings.prefix,
      preConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      // Keep trying to reconnect, but no faster than every two seconds.
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    }),
  );
  console.info(`[cache] pages are cached in Redis at ${new URL(settings.url).host} under "${settings.prefix}"`);
});
