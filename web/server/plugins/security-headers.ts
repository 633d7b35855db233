import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { securityHeadersFor } from '../security/process-headers';

/** Never sent: the version banner, and X-Frame-Options where ours allow framing (previews). */
function droppedHeaders(ours: Readonly<Record<string, string>>): string[] {
  return ['x-powered-by', ...('x-frame-options' in ours ? [] : ['x-frame-options'])];
}

/** Our headers win over any of the same name in a writeHead(status, headers) call. */
function overrideIn(passed: unknown, ours: Readonly<Record<string, string>>, dropped: readonly string[]): void {
  if (!passed || typeof passed !== 'object' || Array.isArray(passed)) return;
  const headers = passed as OutgoingHttpHeaders;
  for (const name of Object.keys(headers)) {
    const lower = name.toLowerCase();
    if (lower in ours || dropped.includes(lower)) delete headers[name];
  }
}

/**
 * Security headers on every response: pages (cached or not), errors, feeds, media and API
 * routes. Several writers set headers of their own after any hook could (Nitro's error
 * handler sends a CSP of its own, the media proxy passes on the CMS's), so ours are
 * applied as the response head is written: the last word, whoever answered. Nuxt's
 * `x-powered-by` banner is dropped.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('request', (event) => {
    const ours = securityHeadersFor(event.path);
    const dropped = droppedHeaders(ours);
    const response: ServerResponse = event.node.res;
    const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
    response.writeHead = ((...args: unknown[]) => {
      if (!response.headersSent) {
        for (const name of dropped) response.removeHeader(name);
        for (const [name, value] of Object.entries(ours)) response.setHeader(name, value);
        for (const arg of args.slice(1)) overrideIn(arg, ours, dropped);
      }
      return writeHead(...args);
    }) as ServerResponse['writeHead'];
  });
});
