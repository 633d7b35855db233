import { joinURL } from 'ufo';
import { renderRobots } from '#shared/feeds/sitemap';

export default defineEventHandler((event) => {
  setResponseHeader(event, 'content-type', 'text/plain; charset=utf-8');
  return renderRobots(joinURL(useRuntimeConfig(event).public.siteUrl, '/sitemap.xml'));
});
