import { queryCollection } from '@nuxt/content/server';

/**
 * A static page from content/*.md by its path (/api/pages/about → content/about.md).
 * Pages read them through this endpoint so that client-side navigation does not
 * download Nuxt Content's in-browser SQLite database for two pages.
 */
export default defineEventHandler(async (event) => {
  const path = `/${getRouterParam(event, 'path') ?? ''}`;
  const page = await queryCollection(event, 'pages').path(path).first();
  if (!page) throw createError({ statusCode: 404, statusMessage: 'Page not found' });
  return page;
});
