import { preferredCoding } from '../compression/negotiate';
import { sendCacheEnabled } from '../send-cache/capture';
import { freshPage } from '../send-cache/store';

/** Says a response came from the ready-to-send copies (for operators and the site tests). */
export const SEND_CACHE_HEADER = 'x-blmk-send-cache';

/**
 * Serves a cached page from its ready-to-send bytes (server/send-cache/store.ts says
 * when a page is kept, and for how long). Anything not kept goes on to Nitro as before.
 * The `request` hooks have run already, so the security headers are applied as the
 * head is written (server/plugins/security-headers.ts), as on every response.
 */
export default defineEventHandler((event) => {
  const req = event.node.req;
  if (req.method !== 'GET' || req.headers.range !== undefined || !sendCacheEnabled()) return;
  const page = freshPage(req.url ?? event.path);
  if (!page) return;
  const res = event.node.res;
  if (req.headers['if-none-match'] === page.etag) {
    res.writeHead(304, { etag: page.etag, vary: 'Accept-Encoding', 'cache-control': String(page.headers['cache-control'] ?? '') });
    res.end();
    return;
  }
  const coding = preferredCoding(req.headers['accept-encoding']);
  const coded = coding ? page.coded[coding] : undefined;
  const body = coded ?? page.identity;
  res.writeHead(200, {
    ...page.headers,
    [SEND_CACHE_HEADER]: 'hit',
    vary: 'Accept-Encoding',
    'content-length': body.length,
    ...(coded && coding ? { 'content-encoding': coding } : {}),
  });
  res.end(body);
});
