import type { Driver } from 'unstorage';
import { boundedMemoryDriver } from '../cache/bounded-memory';

/**
 * The page cache in Redis, falling back to this process's memory while Redis does not
 * answer: a Redis that is down then costs the sharing between processes, not the cache
 * (without it every request would render, and the CMS would take the whole load).
 * - Reads and writes go to Redis; one that fails goes to memory instead.
 * - A purge goes to both. One Redis missed is kept and retried once Redis answers
 *   again, so a page changed during the outage is not served stale from Redis later.
 * - When Redis answers again, the memory copies are dropped: Redis is the one cache.
 */
export function withMemoryFallback(primary: Driver, onChange: (healthy: boolean) => void = () => {}): Driver {
  const memory = boundedMemoryDriver();
  const missedPurges = new Set<string>();
  let healthy = true;

  /** Makes the purges Redis missed; throws (as Redis does) while it is still down. */
  const replayPurges = async () => {
    for (const key of [...missedPurges]) {
      await primary.removeItem?.(key, {});
      missedPurges.delete(key);
    }
  };
  /** Runs `work` on Redis; when it fails, `fallback` on memory. */
  async function either<T>(work: () => T | Promise<T>, fallback: () => T | Promise<T>): Promise<T> {
    try {
      // Before anything is read from a Redis that is back, the purges it missed.
      if (!healthy) await replayPurges();
      const result = await work();
      if (!healthy) {
        healthy = true;
        await memory.clear?.('', {});
        onChange(true);
      }
      return result;
    } catch {
      if (healthy) onChange((healthy = false));
      return fallback();
    }
  }

  return {
    name: `${primary.name ?? 'primary'}+memory-fallback`,
    options: primary.options,
    hasItem: (key, opts) => either(() => primary.hasItem(key, opts), () => memory.hasItem(key, opts)),
    getItem: (key, opts) => either(() => primary.getItem(key, opts), () => memory.getItem(key, opts)),
    setItem: (key, value, opts) => either(() => primary.setItem?.(key, value, opts), () => memory.setItem?.(key, value, opts)),
    getKeys: (base, opts) => either(() => primary.getKeys(base, opts), () => memory.getKeys(base, opts)),
    async removeItem(key, opts) {
      await memory.removeItem?.(key, opts);
      await either(
        () => primary.removeItem?.(key, opts),
        () => void missedPurges.add(key),
      );
    },
    async clear(base, opts) {
      await memory.clear?.(base, opts);
      await primary.clear?.(base, opts);
    },
    dispose: () => primary.dispose?.(),
  };
}
