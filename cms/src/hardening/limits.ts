/**
 * Request size limits. Strapi's defaults (1 MB JSON, 200 MB files) let one request
 * fill the disk; the site's public forms send a few hundred bytes.
 */

/** A koa-body/bytes size such as `1mb`, `512kb` or a number of bytes. */
const SIZE = /^\d+(\.\d+)?\s*(b|kb|mb)?$/i;

function sizeSetting(env: Record<string, string | undefined>, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!SIZE.test(raw)) throw new Error(`${name} must be a size such as 1mb or 512kb, got "${raw}".`);
  return raw.toLowerCase().replace(/\s+/g, '');
}

export interface BodyLimits {
  jsonLimit: string;
  formLimit: string;
  textLimit: string;
  /** Largest uploaded file, in bytes. */
  maxFileBytes: number;
}

export function bodyLimits(env: Record<string, string | undefined>): BodyLimits {
  const rawMb = env.UPLOAD_MAX_FILE_SIZE_MB?.trim();
  const megabytes = rawMb ? Number(rawMb) : 20;
  if (!Number.isFinite(megabytes) || megabytes <= 0 || megabytes > 1024) {
    throw new Error(`UPLOAD_MAX_FILE_SIZE_MB must be a number of megabytes between 0 and 1024, got "${rawMb}".`);
  }
  return {
    jsonLimit: sizeSetting(env, 'BODY_JSON_LIMIT', '1mb'),
    formLimit: sizeSetting(env, 'BODY_FORM_LIMIT', '256kb'),
    textLimit: sizeSetting(env, 'BODY_TEXT_LIMIT', '256kb'),
    maxFileBytes: Math.round(megabytes * 1024 * 1024),
  };
}
