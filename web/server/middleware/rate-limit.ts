import { DEFAULT_LOCALE, LOCALES, pagePath, type Locale } from '@blmk/shared-types';
import type { H3Event } from 'h3';
import { tooManyRequestsPage } from '../rate-limit/page';
import { rateRules, ruleFor, type RateLimitConfig, type RateRule } from '../rate-limit/rules';
import { FallbackRateStore, MemoryRateStore, RedisRateStore, type RateStore } from '../rate-limit/store';

let made: { key: string; rules: ReturnType<typeof rateRules>; store: RateStore } | undefined;

/** The rules and the store, made once per setting: Redis (shared, falling back to memory) with NUXT_REDIS_URL, memory without. */
function limiter(): NonNullable<typeof made> {
  const config = useRuntimeConfig();
  const key = JSON.stringify([config.rateLimit, config.redisUrl, config.redisCachePrefix]);
  if (made?.key !== key) {
    const redis = useRedisClient();
    const memory = new MemoryRateStore();
    const store = redis ? new FallbackRateStore(new RedisRateStore(redis, `${redisKeyPrefix()}:rate:`), memory) : memory;
    made = { key, rules: rateRules(config.rateLimit as RateLimitConfig), store };
  }
  return made;
}

/** The reader's language: the page's prefix (/pl/search) or the form's hidden locale field. */
async function requestLocale(event: H3Event, rule: RateRule): Promise<Locale> {
  const prefix = event.path.split('/')[1];
  const fromPath = LOCALES.find((locale) => locale === prefix);
  if (rule.name === 'search') return fromPath ?? DEFAULT_LOCALE;
  return formLocale((await readFormBody(event)).locale);
}

/**
 * Per-client limits on the newsletter forms and on search, before any work is done. Over
 * the limit: 429 with Retry-After and a short page in the reader's language (a one-click
 * unsubscribe POST gets plain text). The count is shared by every site process through
 * Redis when it is configured.
 */
export default defineEventHandler(async (event) => {
  const { rules, store } = limiter();
  const rule = ruleFor(rules, event.method, event.path);
  if (!rule) return;
  const hit = await store.hit(`${rule.name}:${clientIp(event)}`, rule.windowMs);
  if (hit.count <= rule.limit) return;

  const retryAfter = Math.max(1, Math.ceil(hit.resetInMs / 1000));
  setResponseStatus(event, 429, 'Too Many Requests');
  setResponseHeaders(event, { 'retry-after': retryAfter, 'cache-control': 'no-store' });
  const locale = await requestLocale(event, rule);
  const t = serverTranslate(locale);
  if (rule.name === 'newsletter' && (await readFormBody(event))['List-Unsubscribe'] === 'One-Click') {
    setResponseHeader(event, 'content-type', 'text/plain; charset=utf-8');
    return t('newsletter.errors.tooMany');
  }
  const back = rule.name === 'search' ? { path: pagePath('search', locale), label: t('nav.search') } : { path: pagePath('newsletter', locale), label: t('newsletter.subscribeTitle') };
  setResponseHeader(event, 'content-type', 'text/html; charset=utf-8');
  return tooManyRequestsPage(locale, t, retryAfter, back);
});
