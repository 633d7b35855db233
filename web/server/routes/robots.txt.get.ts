import { absoluteUrl } from '@blmk/shared-types';
import { renderRobots } from '../feeds/sitemap';

export default defineEventHandler((event) => {
  setResponseHeader(event, 'content-type', 'text/plain; charset=utf-8');
  return renderRobots(absoluteUrl(useRuntimeConfig(event).public.siteUrl, '/sitemap.xml'));
});
