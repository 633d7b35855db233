import { sendCacheEnabled, setSendCacheLive } from '../send-cache/capture';
import { subscribeToPurges } from '../send-cache/purge-channel';
import { sendKeptPage } from '../send-cache/send';
import { sharedCacheSettings } from '../utils/shared-cache';

/**
 * Serves cached pages from their ready-to-send bytes (server/send-cache/store.ts says
 * when a page is kept, and for how long) before Nitro's app handles the request: a hit
 * skips the request hooks, router and middleware, whose work a kept page does not need
 * (its security headers were added when it was kept). Anything not kept goes on to
 * Nitro as before. Profiled under load (pnpm bench, T1), those layers were most of
 * the time a cached page took once its bytes were ready.
 * With the page cache in Redis, copies are kept only while this process hears every
 * purge (send-cache/purge-channel.ts).
 */
export default defineNitroPlugin((nitroApp) => {
  const shared = sharedCacheSettings(useRuntimeConfig());
  if (shared && !import.meta.prerender) {
    setSendCacheLive(false);
    const subscriber = subscribeToPurges(shared.url, shared.prefix, setSendCacheLive);
    nitroApp.hooks.hook('close', () => void subscriber.quit().catch(() => subscriber.disconnect()));
  }
  const app = nitroApp.h3App;
  const handle = app.handler;
  app.handler = (event) => {
    if (sendCacheEnabled() && sendKeptPage(event.node.req, event.node.res)) return Promise.resolve();
    return handle(event);
  };
});
