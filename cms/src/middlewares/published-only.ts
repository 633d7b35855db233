import type { Core } from '@strapi/strapi';

/**
 * Strapi 5's REST API returns drafts to anyone allowed `find` who asks with
 * `?status=draft`. Only API-token callers (the site's preview) may see drafts;
 * everyone else gets published content whatever they ask for.
 */
/** Strapi's API-token strategy: "content-api-token" in 5.54 (earlier 5.x named it "api-token"). */
const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

const publishedOnly: Core.MiddlewareFactory = () => async (ctx, next) => {
  const viaApiToken = API_TOKEN_STRATEGIES.has(ctx.state.auth?.strategy?.name);
  if (!viaApiToken) {
    ctx.query = { ...ctx.query, status: 'published' };
  }
  await next();
};

export default publishedOnly;
