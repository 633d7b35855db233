import { joinURL } from 'ufo';

/** Request headers worth passing on for a file: caching and partial downloads. */
const FORWARDED_HEADERS = ['range', 'if-none-match', 'if-modified-since', 'accept'];

/**
 * Strapi's media (/uploads/…) served through the site, so the browser never talks to
 * the CMS. A route rule's `proxy` target is fixed when the site is built; this handler
 * reads the CMS address at run time (NUXT_STRAPI_URL), so one build serves any CMS.
 * The route rule for /uploads/** in nuxt.config.ts adds the caching header.
 */
/**
 * The file path under /uploads, each segment decoded and re-encoded, or undefined when it
 * could step outside /uploads (".." also in its %2e%2e form, which URL parsing resolves).
 */
function safeUploadPath(raw: string): string | undefined {
  const segments: string[] = [];
  for (const segment of raw.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return undefined;
    }
    if (!decoded || decoded === '.' || decoded === '..' || /[\\/]/.test(decoded)) return undefined;
    segments.push(encodeURIComponent(decoded));
  }
  return segments.length > 0 ? segments.join('/') : undefined;
}

export default defineEventHandler((event) => {
  const path = safeUploadPath(getRouterParam(event, 'path', { decode: false }) ?? '');
  if (!path) throw createError({ statusCode: 404, statusMessage: 'Not found' });
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_HEADERS) {
    const value = getRequestHeader(event, name);
    if (value) headers[name] = value;
  }
  const { strapiUrl } = useRuntimeConfig(event);
  return sendProxy(event, joinURL(strapiUrl, 'uploads', path), {
    headers,
    // The CMS's cookies are no business of the site's visitors.
    onResponse: (proxied) => proxied.node.res.removeHeader('set-cookie'),
  });
});
