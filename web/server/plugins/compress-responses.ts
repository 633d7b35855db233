import type { H3Event } from 'h3';
import { compressCached, compressOnce } from '../compression/compressed-bodies';
import { isCompressibleType, preferredCoding, varyWithAcceptEncoding } from '../compression/negotiate';
import { captureCachedPage } from '../send-cache/capture';

/** Below this a compressed body saves less than its headers cost. */
const MIN_BYTES = 1024;

/**
 * Nuxt renders an error page by fetching this path in-process and copying its text and
 * headers into the real response (`res.text()`), so it must stay uncompressed: error
 * pages go out as they are (a few kB).
 */
const ERROR_RENDER_PATH = '/__nuxt_error';

/** The body as bytes when it is text we send whole; null for streams, objects and the like. */
function bodyBytes(body: unknown): Buffer | null {
  if (typeof body === 'string') return Buffer.from(body);
  if (Buffer.isBuffer(body)) return body;
  return null;
}

/**
 * The ETag when the response came from Nitro's page cache (routeRules swr), which hashes
 * the body: rendered now (event.context.cache is set) or read back from the cache (only
 * the route's rule says so then).
 */
function cachedEtag(event: H3Event): string | null {
  if (!event.context.cache && !getRouteRules(event).cache) return null;
  const etag = getResponseHeader(event, 'etag');
  return typeof etag === 'string' && etag ? etag : null;
}

/**
 * Pages, feeds, the sitemap and JSON go out compressed (brotli, else gzip) when the
 * client asks for it, with `Vary: Accept-Encoding` so shared caches keep each coding
 * apart. Cached pages are compressed once and the bytes kept (compression/compressed-
 * bodies.ts). Static files under public/ and the build's CSS are compressed at build
 * time instead (nitro.compressPublicAssets in nuxt.config.ts) and never pass here.
 * Error pages (404 and the like) are the one exception; see ERROR_RENDER_PATH.
 * Cached pages are also kept ready to send (server/send-cache).
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('beforeResponse', async (event, response) => {
    if (event.node.res.headersSent || getResponseHeader(event, 'content-encoding') || event.path.startsWith(ERROR_RENDER_PATH)) return;
    const type = getResponseHeader(event, 'content-type');
    // h3 sends a string body as HTML when no type was set.
    if (!(typeof response.body === 'string' && type === undefined) && !isCompressibleType(String(type))) return;
    const body = bodyBytes(response.body);
    if (!body) return;
    const etag = cachedEtag(event);
    if (etag) captureCachedPage(event, body);
    setResponseHeader(event, 'vary', varyWithAcceptEncoding(getResponseHeader(event, 'vary')));
    const coding = preferredCoding(getRequestHeader(event, 'accept-encoding'));
    if (!coding || body.length < MIN_BYTES) return;
    const compressed = etag ? await compressCached(body, coding, etag) : await compressOnce(body, coding);
    if (type === undefined) setResponseHeader(event, 'content-type', 'text/html;charset=utf-8');
    setResponseHeader(event, 'content-encoding', coding);
    setResponseHeader(event, 'content-length', compressed.length);
    response.body = compressed;
  });
});
