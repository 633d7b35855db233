import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed newsletter tokens: `<purpose>.<subscriber documentId>.<expiry>.<signature>`.
 * The HMAC covers purpose, subject and expiry, so a token is checked without a
 * database lookup, cannot be moved to another purpose, and stops working when it
 * expires. The subject is the subscriber's documentId, never the address, so links
 * in mails and server logs carry no personal data.
 */
export type TokenPurpose = 'confirm' | 'manage';

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  // Double opt-in: the confirmation link works for 48 hours.
  confirm: 48 * 60 * 60 * 1000,
  // Preferences and unsubscribe links in sent mails: they must keep working for as
  // long as someone may reasonably open an old newsletter.
  manage: 2 * 365 * 24 * 60 * 60 * 1000,
};

export type TokenCheck =
  | { valid: true; subject: string; expiresAt: Date }
  | { valid: false; reason: 'malformed' | 'bad signature' | 'wrong purpose' | 'expired' };

const SUBJECT_PATTERN = /^[a-z0-9]{1,60}$/;

function signature(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`blmk-newsletter:${payload}`).digest('base64url');
}

export function signToken(secret: string, purpose: TokenPurpose, subject: string, now = Date.now()): string {
  if (!SUBJECT_PATTERN.test(subject)) throw new Error(`Cannot sign a token for subject "${subject}".`);
  const expiry = Math.floor((now + TOKEN_LIFETIME_MS[purpose]) / 1000).toString(36);
  const payload = `${purpose}.${subject}.${expiry}`;
  return `${payload}.${signature(secret, payload)}`;
}

export function verifyToken(secret: string, token: unknown, purpose: TokenPurpose, now = Date.now()): TokenCheck {
  if (typeof token !== 'string' || token.length > 300) return { valid: false, reason: 'malformed' };
  const parts = token.split('.');
  if (parts.length !== 4) return { valid: false, reason: 'malformed' };
  const [tokenPurpose, subject, expiry, given] = parts as [string, string, string, string];
  if (!SUBJECT_PATTERN.test(subject) || !/^[0-9a-z]{1,12}$/.test(expiry)) return { valid: false, reason: 'malformed' };

  const expected = Buffer.from(signature(secret, `${tokenPurpose}.${subject}.${expiry}`));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return { valid: false, reason: 'bad signature' };
  }
  if (tokenPurpose !== purpose) return { valid: false, reason: 'wrong purpose' };
  const expiresAt = new Date(parseInt(expiry, 36) * 1000);
  if (expiresAt.getTime() <= now) return { valid: false, reason: 'expired' };
  return { valid: true, subject, expiresAt };
}
