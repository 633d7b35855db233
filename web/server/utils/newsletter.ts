import type { H3Event } from 'h3';

export interface CmsNewsletterReply<T = Record<string, unknown>> {
  status: number;
  data?: T;
  message?: string;
  errors: NewsletterFieldError[];
}

/** A form's value as a list: one ticked box arrives as a string, several as an array. */
export function formList(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

export function formString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Form posts (urlencoded) and JSON alike. */
export async function readFormBody(event: H3Event): Promise<Record<string, unknown>> {
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
  const clientIp = getRequestIP(event, { xForwardedFor: true });
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method,
      headers: {
        'content-type': 'application/json',
        ...(clientIp ? { 'x-forwarded-for': clientIp } : {}),
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
    errors: (payload.error?.details?.errors ?? []).map((error) => ({
      field: newsletterFieldId(error.path?.[0] ?? 'email'),
      message: error.message,
    })),
  };
}

/** Keeps a refused form's values and errors for the page the reader is sent back to. */
export function rememberForm(event: H3Event, state: NewsletterFormState): void {
  setCookie(event, NEWSLETTER_FORM_COOKIE, JSON.stringify(state), {
    httpOnly: true,
    sameSite: 'lax',
    path: '/newsletter',
    maxAge: 300,
    secure: useRuntimeConfig().public.siteUrl.startsWith('https:'),
  });
}

/** A token as it may appear in a form or URL: only the characters the CMS's tokens use. */
export function cleanToken(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9._-]{10,300}$/.test(value) ? value : undefined;
}
