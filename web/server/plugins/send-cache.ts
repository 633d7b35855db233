import { sendCacheEnabled } from '../send-cache/capture';
import { sendKeptPage } from '../send-cache/send';

/**
 * Serves cached pages from their ready-to-send bytes (server/send-cache/store.ts says
 * when a page is kept, and for how long) before Nitro's app handles the request: a hit
 * skips the request hooks, router and middleware, whose work a kept page does not need
 * (its security headers were added when it was kept). Anything not kept goes on to
 * Nitro as before. Profiled under load (pnpm bench, T1), those layers were most of
 * the time a cached page took once its bytes were ready.
 */
export default defineNitroPlugin((nitroApp) => {
  const app = nitroApp.h3App;
  const handle = app.handler;
  app.handler = (event) => {
    if (sendCacheEnabled() && sendKeptPage(event.node.req, event.node.res)) return Promise.resolve();
    return handle(event);
  };
});
