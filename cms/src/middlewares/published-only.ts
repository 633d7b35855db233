import type { Core } from '@strapi/strapi';

/**
 * Strapi 5's REST API returns drafts to anyone allowed `find` who asks with
 * `?status=draft`. Only API-token callers (the site's preview) may see drafts;
 * everyone else gets published content whatever they ask for.
 */
const publishedOnly: Core.MiddlewareFactory = () => async (ctx, next) => {
  const viaApiToken = ctx.state.auth?.strategy?.name === 'api-token';
  if (!viaApiToken) {
    ctx.query = { ...ctx.query, status: 'published' };
  }
  await next();
};

export default publishedOnly;
