import { once } from 'node:events';
import Redis from 'ioredis';
import { isPurged, type PurgeTarget } from '../cache/revalidate';
import { forgetPages } from './store';

/**
 * With a page cache shared in Redis, each site process may still keep ready-to-send
 * copies (store.ts), provided every purge reaches every process: the CMS's webhook
 * reaches one of them. The one that purges publishes the target on a Redis channel;
 * every process subscribes and drops its copies of the pages named.
 *
 * A process that is not subscribed could miss a purge, so it keeps no copies then:
 * copies are served only while the subscription is live, and all are dropped when it
 * breaks and again when it is back (purges sent meanwhile were missed).
 */
export function purgeChannel(prefix: string): string {
  return `${prefix}:send-cache:purge`;
}

export function isPurgeTarget(value: unknown): value is PurgeTarget {
  if (!value || typeof value !== 'object') return false;
  const target = value as Partial<PurgeTarget>;
  const strings = (list: unknown) => Array.isArray(list) && list.every((item) => typeof item === 'string');
  return strings(target.paths) && strings(target.prefixes) && typeof target.everything === 'boolean';
}

/** Drops this process's copies of what a published purge names; ignores anything else on the channel. */
export function applyPublishedPurge(message: string): void {
  let target: unknown;
  try {
    target = JSON.parse(message);
  } catch {
    return;
  }
  if (isPurgeTarget(target)) forgetPages((page) => isPurged(page, target));
}

/**
 * Subscribes this process to the purge channel; `onLive` is told when the subscription
 * starts and stops holding (Redis away, reconnecting). Returns the connection.
 */
export function subscribeToPurges(url: string, prefix: string, onLive: (live: boolean) => void): Redis {
  const channel = purgeChannel(prefix);
  const subscriber = new Redis(url, {
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    // Subscribed on each 'ready' below, so the live state follows the subscription itself.
    autoResubscribe: false,
  });
  subscriber.on('error', () => undefined);
  subscriber.on('message', (from: string, message: string) => {
    if (from === channel) applyPublishedPurge(message);
  });
  subscriber.on('ready', () => {
    subscriber.subscribe(channel).then(() => onLive(true), () => onLive(false));
  });
  subscriber.on('close', () => onLive(false));
  return subscriber;
}

/**
 * Tells every process to drop its copies of the target's pages. A Redis that does not
 * answer within a second is reported, not waited for: processes subscribed to it have
 * lost their subscription too, and keep no copies until it is back.
 */
export async function publishPurge(redis: Redis, prefix: string, target: PurgeTarget): Promise<void> {
  try {
    if (redis.status !== 'ready') await Promise.race([once(redis, 'ready'), new Promise((_, reject) => setTimeout(() => reject(new Error('not connected')), 1_000).unref())]);
    await redis.publish(purgeChannel(prefix), JSON.stringify(target));
  } catch (error) {
    console.warn(`[send-cache] could not tell the other site processes of a purge: ${(error as Error).message}`);
  }
}
