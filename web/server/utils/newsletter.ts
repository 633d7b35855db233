import type { H3Event } from 'h3';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@blmk/shared-types';

export interface CmsNewsletterReply<T = Record<string, unknown>> {
  status: number;
  data?: T;
  message?: string;
  /** The fields the CMS refused (its names: email, topics ...). */
  refusedFields: string[];
}

/** A form's value as a list: one ticked box arrives as a string, several as an array. */
export function formList(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

export function formString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A newsletter form is an address, a few ticked topics and a token: far below this. */
const MAX_FORM_BYTES = 16 * 1024;

/**
 * Form posts (urlencoded) and JSON alike. h3 reads a body whole, whatever its size, so
 * the size is checked first: over 16 kB is a 413, and a body without a length (chunked,
 * which no browser form sends) a 411.
 */
export async function readFormBody(event: H3Event): Promise<Record<string, unknown>> {
  const length = getRequestHeader(event, 'content-length');
  if (length === undefined && getRequestHeader(event, 'transfer-encoding')) throw createError({ statusCode: 411, statusMessage: 'Length Required' });
  if (Number(length ?? 0) > MAX_FORM_BYTES) throw createError({ statusCode: 413, statusMessage: 'The form is too large.' });
  const body: unknown = await readBody(event).catch(() => undefined);
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

/**
 * Calls the CMS's public newsletter API (/api/newsletter/<action>), passing on the
 * reader's address for its rate limit. Never throws for a CMS answer; an unreachable
 * CMS is a 503.
 */
export async function callCmsNewsletter<T>(
  event: H3Event,
  action: string,
  init: { method: 'GET' | 'POST'; body?: unknown; query?: Record<string, string> },
): Promise<CmsNewsletterReply<T>> {
  const { strapiUrl } = useRuntimeConfig();
  const url = new URL(`${strapiUrl.replace(/\/+$/, '')}/api/newsletter/${action}`);
  for (const [key, value] of Object.entries(init.query ?? {})) url.searchParams.set(key, value);
  // Only a trusted proxy's X-Forwarded-For is believed (utils/client-ip.ts).
  const readerIp = clientIp(event);
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method,
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': readerIp,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    throw createError({ statusCode: 503, statusMessage: 'The newsletter service is not available. Try again later.' });
  }
  const payload = (await response.json().catch(() => ({}))) as {
    data?: T;
    error?: { message?: string; details?: { errors?: Array<{ path?: string[]; message: string }> } };
  };
  if (response.status >= 500) {
    throw createError({ statusCode: 503, statusMessage: 'The newsletter service is not available. Try again later.' });
  }
  return {
    status: response.status,
    data: payload.data,
    message: payload.error?.message,
    refusedFields: (payload.error?.details?.errors ?? []).map((error) => error.path?.[0] ?? 'email'),
  };
}

/**
 * A refused form's errors, as codes the page shows in the reader's language: one per
 * field the CMS refused, or one on `fallbackField` when it refused the form as a whole.
 */
export function refusedFormErrors(
  reply: Pick<CmsNewsletterReply<unknown>, 'status' | 'refusedFields'>,
  sent: { email?: string; topics: string[] },
  fallbackField: string,
): NewsletterFieldError[] {
  if (reply.status === 429) return [{ field: fallbackField, code: 'tooMany' }];
  if (!reply.refusedFields.length) return [{ field: fallbackField, code: 'failed' }];
  return reply.refusedFields.map((field) => ({ field: newsletterFieldId(field), code: refusedFieldCode(field, sent) }));
}

/** The reader's locale, from a form's hidden `locale` field: one the site has, else English. */
export function formLocale(value: unknown): Locale {
  return LOCALES.find((locale) => locale === value) ?? DEFAULT_LOCALE;
}

/**
 * A newsletter page in the reader's language (the site's prefix_except_default routes):
 * newsletterPage('pl', '/confirm') → /pl/newsletter/confirm; English has no prefix.
 */
export function newsletterPage(locale: Locale, path = ''): string {
  return `${locale === DEFAULT_LOCALE ? '' : `/${locale}`}/newsletter${path}`;
}

/**
 * Keeps a refused form's values and errors for the page the reader is sent back to
 * (the cookie's path is that page's: /newsletter or /pl/newsletter ...).
 */
export function rememberForm(event: H3Event, state: NewsletterFormState, locale: Locale): void {
  // A cookie holds about 4 kB: keep what a person could have typed (an address is at most 254 characters).
  const kept = { ...state, email: state.email?.slice(0, 320), topics: state.topics.slice(0, 10).map((topic) => topic.slice(0, 40)) };
  setCookie(event, NEWSLETTER_FORM_COOKIE, JSON.stringify(kept), {
    httpOnly: true,
    sameSite: 'lax',
    path: newsletterPage(locale),
    maxAge: 300,
    secure: useRuntimeConfig().public.siteUrl.startsWith('https:'),
  });
}

/** A token as it may appear in a form or URL: only the characters the CMS's tokens use. */
export function cleanToken(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9._-]{10,300}$/.test(value) ? value : undefined;
}
