/**
 * Where the page cache lives. Without NUXT_REDIS_URL each site process keeps its own
 * cache in memory, which is right for one process. Several processes behind a load
 * balancer must share one cache in Redis: the CMS's webhook reaches one of them, and
 * its purge must reach the copies every process serves.
 */
export interface SharedCacheSettings {
  url: string;
  /** Keys are `<prefix>:nitro:routes:...`, so several sites can share one Redis. */
  prefix: string;
}

const REDIS_PROTOCOLS = new Set(['redis:', 'rediss:']);
const PREFIX_PATTERN = /^[\w.-]{1,64}$/;

/** The settings from runtime config; null when no Redis is configured. Throws on a bad setting, naming it. */
export function sharedCacheSettings(config: { redisUrl?: string; redisCachePrefix?: string }): SharedCacheSettings | null {
  const url = config.redisUrl?.trim();
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`NUXT_REDIS_URL is not a URL: expected redis://host:port (or rediss:// for TLS).`);
  }
  if (!REDIS_PROTOCOLS.has(parsed.protocol)) {
    throw new Error(`NUXT_REDIS_URL must start with redis:// or rediss://, not ${parsed.protocol}//.`);
  }
  const prefix = config.redisCachePrefix?.trim() || 'blmk-site';
  if (!PREFIX_PATTERN.test(prefix)) {
    throw new Error('NUXT_REDIS_CACHE_PREFIX may hold only letters, digits, "_", "." and "-" (at most 64).');
  }
  return { url, prefix };
}
