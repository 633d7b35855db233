import { createHmac } from 'node:crypto';

/**
 * Signs a cache purge as the CMS does (cms/src/webhooks/site-revalidate.ts), written
 * again here so the site's tests check the contract, not the site's own code:
 * `t=<unix seconds>,sha256=<hex HMAC-SHA256 of "<t>.<body>">`.
 */
export function signPurge(body: string, secret: string, nowMs = Date.now()): string {
  const at = Math.floor(nowMs / 1000);
  return `t=${at},sha256=${createHmac('sha256', secret).update(`${at}.${body}`).digest('hex')}`;
}
