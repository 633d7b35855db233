import type { Core } from '@strapi/strapi';
import { rateRules, ruleFor } from './rate-limit/rules';
import { MemoryRateStore, RedisRateStore, type RateStore } from './rate-limit/store';

/** Open stores, closed when the CMS stops (src/index.ts destroy). */
const stores = new Set<RateStore>();

export async function closeRateLimitStores(): Promise<void> {
  await Promise.all([...stores].map((store) => store.close()));
  stores.clear();
}

function validRedisUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('REDIS_URL is not a URL (expected redis://host:6379).');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new Error(`REDIS_URL must start with redis:// or rediss://, not ${url.protocol}`);
  return raw;
}

/**
 * Limits login attempts and public writes per client address (ctx.request.ip: the
 * socket's address, or X-Forwarded-For only when IS_PROXIED turns on koa's proxy
 * trust). With REDIS_URL the counts are shared by every instance; without, per process.
 */
const rateLimit: Core.MiddlewareFactory = (_config, { strapi }) => {
  const rules = rateRules(process.env);
  const redisUrl = process.env.REDIS_URL?.trim();
  const store: RateStore = redisUrl
    ? new RedisRateStore(validRedisUrl(redisUrl), process.env.RATE_LIMIT_REDIS_PREFIX?.trim() || 'blmk:cms:rate:')
    : new MemoryRateStore();
  stores.add(store);
  strapi.log.info(`[rate-limit] counting in ${redisUrl ? 'Redis (shared by all instances)' : 'memory (this instance only)'}.`);

  return async (ctx, next) => {
    const rule = ruleFor(rules, ctx.method, ctx.path);
    if (!rule) return next();
    let hit;
    try {
      hit = await store.hit(`${rule.name}:${ctx.request.ip}`, rule.windowMs);
    } catch (error) {
      // Redis down: better to let readers and editors in than to lock everyone out.
      strapi.log.warn(`[rate-limit] store unavailable, request not counted: ${error instanceof Error ? error.message : String(error)}`);
      return next();
    }
    if (hit.count <= rule.limit) return next();
    const retryAfter = Math.max(1, Math.ceil(hit.resetInMs / 1000));
    ctx.set('Retry-After', String(retryAfter));
    ctx.status = 429;
    ctx.body = {
      data: null,
      error: { status: 429, name: 'TooManyRequestsError', message: `Too many requests. Try again in ${retryAfter} seconds.`, details: {} },
    };
  };
};

export default rateLimit;
