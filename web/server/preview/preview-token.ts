import { createHmac, timingSafeEqual } from 'node:crypto';
import { previewTokenSubject, type PreviewRequest } from './preview-request';

/**
 * The preview route (/api/preview, opened from the CMS admin with PREVIEW_SECRET) sends
 * the browser on to /preview/<type>/<documentId> with a token that opens that one entry
 * for an hour: the secret itself never appears in the page's address, and no cookie is
 * needed (the admin shows the preview in a frame).
 */
export const PREVIEW_LIFETIME_MS = 60 * 60 * 1000;

function hmac(subject: string, secret: string): string {
  return createHmac('sha256', `preview:${secret}`).update(subject).digest('hex');
}

export function signPreviewToken(request: PreviewRequest, expires: number, secret: string): string {
  return hmac(previewTokenSubject(request, expires), secret);
}

function equalStrings(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function isValidPreviewToken(request: PreviewRequest, expires: number, token: unknown, secret: string, now = Date.now()): boolean {
  if (!secret || typeof token !== 'string' || !Number.isSafeInteger(expires) || expires < now) return false;
  return equalStrings(token, signPreviewToken(request, expires, secret));
}

/** The shared secret, compared in constant time; false when none is configured. */
export function isPreviewSecret(given: unknown, secret: string): boolean {
  return Boolean(secret) && typeof given === 'string' && equalStrings(given, secret);
}
