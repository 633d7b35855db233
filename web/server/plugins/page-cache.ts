import { pagePathOf } from '../cache/revalidate';

/** Every rendered page says which page it is, so a purge can find its cache entry (server/utils/page-cache.ts). */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:response', (response, { event }) => {
    response.headers = { ...response.headers, [PAGE_HEADER]: pagePathOf(event.path) };
  });
});
