import type { Core } from '@strapi/strapi';

/**
 * Route middleware that fixes the `populate` of a content type's public responses.
 * The site never sends populate strings: each type decides its response shape here,
 * and the generated shared types describe that shape.
 */
export const populateMiddleware =
  (populate: Record<string, unknown>): Core.MiddlewareFactory =>
  () =>
  async (ctx, next) => {
    ctx.query = { ...ctx.query, populate };
    await next();
  };
