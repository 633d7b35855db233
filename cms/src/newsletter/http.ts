import type { Context } from 'koa';
import type { FieldError } from './validate';

/** Error bodies in Strapi's own shape, so clients read every error the same way. */
export function replyError(ctx: Context, status: number, message: string, errors: FieldError[] = []): void {
  const names: Record<number, string> = {
    400: 'ValidationError',
    404: 'NotFoundError',
    409: 'ConflictError',
    429: 'RateLimitError',
    502: 'MailError',
    503: 'NotConfiguredError',
  };
  ctx.status = status;
  ctx.body = {
    data: null,
    error: {
      status,
      name: names[status] ?? 'ApplicationError',
      message,
      details: errors.length ? { errors: errors.map((error) => ({ path: [error.field], message: error.message })) } : {},
    },
  };
}

export function reply(ctx: Context, status: number, data: unknown): void {
  ctx.status = status;
  ctx.body = { data };
}

/** A parsed JSON or form body as a plain object (anything else counts as empty). */
export function bodyOf(ctx: Context): Record<string, unknown> {
  const body = (ctx.request as { body?: unknown }).body;
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}
