import type { H3Event } from 'h3';
import { isPurged, pagePathOf, type PurgeTarget } from '../cache/revalidate';
import { publishPurge } from '../send-cache/purge-channel';
import { forgetPages } from '../send-cache/store';

/**
 * The page cache is Nitro's own route cache (routeRules `swr` in nuxt.config.ts): each
 * page is kept in memory and served at once, re-rendered in the background once it is
 * older than its max age, and kept when a re-render fails (the CMS down). Nitro names
 * entries by a hash of the URL, so each cached response carries the page it belongs to
 * in a header, and a purge reads that header to find the entries of the stale pages.
 */
export const PAGE_HEADER = 'x-blmk-page';

/** Where Nitro keeps route-rule caches (base "/cache", group "nitro/routes"). */
const ROUTE_CACHE_PREFIX = 'cache:nitro:routes';

interface CachedRoute {
  value?: { headers?: Record<string, unknown> };
}

/** Marks a response with its page, for server routes cached by a route rule (feeds, sitemap). */
export function markCachedPage(event: H3Event): void {
  setResponseHeader(event, PAGE_HEADER, pagePathOf(event.path));
}

/** Drops the cached entries of the target's pages; returns the page paths dropped. */
export async function purgeCachedPages(target: PurgeTarget): Promise<string[]> {
  const storage = useStorage();
  const purged = new Set<string>();
  // The ready-to-send copies first (server/send-cache): none may outlive its cache entry.
  forgetPages((page) => isPurged(page, target));
  for (const key of await storage.getKeys(ROUTE_CACHE_PREFIX)) {
    const entry = await storage.getItem<CachedRoute>(key);
    const page = entry?.value?.headers?.[PAGE_HEADER];
    if (typeof page === 'string' && isPurged(page, target)) {
      await storage.removeItem(key);
      purged.add(page);
    }
  }
  // The other processes' ready copies, when they share the cache in Redis.
  const redis = useRedisClient();
  if (redis) await publishPurge(redis, redisKeyPrefix(), target);
  return [...purged].sort();
}
