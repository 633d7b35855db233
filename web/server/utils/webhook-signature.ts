import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The purge webhook's signature, in x-blmk-signature:
 * `t=<unix seconds>,sha256=<hex HMAC-SHA256 of "<t>.<raw body>">`, keyed with the secret
 * the CMS and the site share (SITE_WEBHOOK_SECRET in the CMS, NUXT_SITE_WEBHOOK_SECRET
 * here). The time is signed with the body, so a captured request is refused once it is
 * older than the tolerance, and a copy within it is refused as a replay (see SeenSignatures).
 */
export const SIGNATURE_HEADER = 'x-blmk-signature';
/** How far the CMS's clock and the site's may differ, plus the request's time on the wire. */
export const SIGNATURE_TOLERANCE_S = 300;

const FORMAT = /^t=(\d{1,12}),sha256=([0-9a-f]{64})$/;

export function signWebhookBody(body: string, secret: string, nowMs = Date.now()): string {
  const at = Math.floor(nowMs / 1000);
  return `t=${at},sha256=${createHmac('sha256', secret).update(`${at}.${body}`).digest('hex')}`;
}

export type SignatureCheck = { ok: true; signedAt: number } | { ok: false; reason: 'invalid' | 'expired' };

/** Valid only for the exact signature of `body` under a non-empty `secret`, made within the tolerance; compared in constant time. */
export function checkWebhookSignature(body: string, signature: string | undefined, secret: string, nowMs = Date.now()): SignatureCheck {
  const match = FORMAT.exec(signature ?? '');
  if (!secret || !match) return { ok: false, reason: 'invalid' };
  const signedAt = Number(match[1]);
  const expected = Buffer.from(signWebhookBody(body, secret, signedAt * 1000));
  const given = Buffer.from(signature!);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
  if (Math.abs(nowMs / 1000 - signedAt) > SIGNATURE_TOLERANCE_S) return { ok: false, reason: 'expired' };
  return { ok: true, signedAt };
}

/**
 * Signatures this process accepted, until they expire: the same one again is a replay.
 * Only genuine purges get in (a forged one fails the check first), so it stays small.
 * Per process: a replay sent to another site process purges again, which only makes
 * pages render once more, as the next reader would.
 */
export class SeenSignatures {
  private readonly expiries = new Map<string, number>();

  /** True the first time a signature is seen within its lifetime; false for a replay. */
  firstTime(signature: string, signedAt: number, nowMs = Date.now()): boolean {
    for (const [seen, expiresAt] of this.expiries) if (expiresAt < nowMs) this.expiries.delete(seen);
    if (this.expiries.has(signature)) return false;
    this.expiries.set(signature, (signedAt + SIGNATURE_TOLERANCE_S) * 1000);
    return true;
  }
}
