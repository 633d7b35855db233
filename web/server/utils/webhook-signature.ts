import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The purge webhook's signature: `sha256=<hex HMAC-SHA256 of the raw body>` in
 * x-blmk-signature, keyed with the secret the CMS and the site share
 * (SITE_WEBHOOK_SECRET in the CMS, NUXT_SITE_WEBHOOK_SECRET here).
 */
export const SIGNATURE_HEADER = 'x-blmk-signature';

export function signWebhookBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** True only for the exact signature of `body` under a non-empty `secret`; compared in constant time. */
export function isValidWebhookSignature(body: string, signature: string | undefined, secret: string): boolean {
  if (!secret || !signature) return false;
  const expected = Buffer.from(signWebhookBody(body, secret));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
