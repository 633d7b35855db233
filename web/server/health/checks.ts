/**
 * What the site's /_health reports (routes/_health.get.ts). Pure, so the rule that picks
 * the status code is tested on its own.
 */
export type CheckState = 'up' | 'down' | 'not-configured';

export interface HealthChecks {
  cms: CheckState;
  redis: CheckState;
}

export interface HealthReport {
  /** ok: everything answers; degraded: serving, but from less than everything; down: cannot serve CMS pages. */
  status: 'ok' | 'degraded' | 'down';
  checks: HealthChecks;
}

/**
 * The load balancer's reading. Degraded is still a 200: with the CMS down this process
 * keeps serving the pages it has cached (and the static pages), and with Redis down it
 * renders from the CMS and counts rate limits in memory. Taking every site process out
 * of rotation then (they all see the same CMS) would turn a CMS restart into a site
 * outage, and a container restart would throw the memory cache away. Only when the CMS
 * and the configured shared cache are both unreachable is there no source of CMS pages
 * left: 503.
 */
export function healthReport(checks: HealthChecks): { statusCode: 200 | 503; report: HealthReport } {
  const cmsDown = checks.cms === 'down';
  const redisDown = checks.redis === 'down';
  if (cmsDown && redisDown) return { statusCode: 503, report: { status: 'down', checks } };
  if (cmsDown || redisDown) return { statusCode: 200, report: { status: 'degraded', checks } };
  return { statusCode: 200, report: { status: 'ok', checks } };
}
