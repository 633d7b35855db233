import { absoluteUrl } from '@blmk/shared-types';
import { renderRobots } from '../feeds/sitemap';

/** Crawlers are welcome only on the production site (NUXT_SITE_INDEXABLE=true): a staging copy is never indexed. */
export default defineEventHandler((event) => {
  const config = useRuntimeConfig(event);
  setResponseHeader(event, 'content-type', 'text/plain; charset=utf-8');
  const indexable = config.siteIndexable === true;
  return indexable ? renderRobots(absoluteUrl(config.public.siteUrl, '/sitemap.xml')) : 'User-agent: *\nDisallow: /\n';
});
