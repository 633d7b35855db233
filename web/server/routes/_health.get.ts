import { healthReport, type CheckState } from '../health/checks';

/** Each dependency gets this long; the answer comes within it, whatever they do. */
const CHECK_TIMEOUT_MS = 1_000;

async function cmsState(strapiUrl: string): Promise<CheckState> {
  try {
    // Strapi's own liveness route: 204 without touching the database.
    const response = await fetch(`${strapiUrl.replace(/\/+$/, '')}/_health`, { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
    await response.body?.cancel();
    return response.status < 500 ? 'up' : 'down';
  } catch {
    return 'down';
  }
}

async function redisState(): Promise<CheckState> {
  const redis = useRedisClient();
  if (!redis) return 'not-configured';
  const timeout = new Promise<CheckState>((resolve) => setTimeout(() => resolve('down'), CHECK_TIMEOUT_MS).unref());
  const ping = redis.ping().then(
    (reply): CheckState => (reply === 'PONG' ? 'up' : 'down'),
    (): CheckState => 'down',
  );
  return Promise.race([ping, timeout]);
}

/**
 * The site's health for a load balancer and the container's HEALTHCHECK: is the CMS
 * reachable, and Redis when NUXT_REDIS_URL is set. 200 for ok and degraded, 503 for down
 * (health/checks.ts says why). Never cached; names no address, version or secret.
 */
export default defineEventHandler(async (event) => {
  const [cms, redis] = await Promise.all([cmsState(useRuntimeConfig(event).strapiUrl), redisState()]);
  const { statusCode, report } = healthReport({ cms, redis });
  setResponseStatus(event, statusCode);
  setResponseHeader(event, 'cache-control', 'no-store');
  setResponseHeader(event, 'x-robots-tag', 'noindex');
  return report;
});
