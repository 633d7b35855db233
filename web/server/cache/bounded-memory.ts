import type { Driver } from 'unstorage';
import lruCacheDriver from 'unstorage/drivers/lru-cache';

/**
 * What Nitro's cache (rendered pages above all) may hold in one process's memory. Its
 * default store keeps every entry until a purge, and every query string is an entry of
 * its own, so `?anything=<random>` grew the site without end (pnpm load, issue 10). The
 * least recently used pages go first; a dropped page is rendered again when asked for.
 * A page entry is about 60 kB, so this holds about 500: the pages people read now.
 */
const MEMORY_CACHE_MAX_BYTES = 32 * 1024 * 1024;

export function boundedMemoryDriver(maxBytes = MEMORY_CACHE_MAX_BYTES): Driver {
  return lruCacheDriver({ max: 100_000, maxSize: maxBytes });
}
