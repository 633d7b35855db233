import type { H3Event } from 'h3';
import { compressCached } from '../compression/compressed-bodies';
import { rateRules, ruleFor } from '../rate-limit/rules';
import { securityHeadersFor } from '../security/process-headers';
import { pageHeads } from './heads';
import { forgetPages, freshPage, keepPage, type SentPage } from './store';

/** Headers that differ per request or per coding, set when the page is sent; and the version banner, never sent. */
const PER_SEND = new Set(['content-length', 'content-encoding', 'vary', 'transfer-encoding', 'connection', 'date', 'keep-alive', 'x-powered-by']);

/** With a shared (Redis) cache, on only while purges reach this process (purge-channel.ts). */
let enabled = true;
/** Turns the copies on or off; every kept copy is dropped either way (purges may have been missed). */
export function setSendCacheLive(live: boolean): void {
  enabled = live;
  forgetPages(() => true);
}
export function sendCacheEnabled(): boolean {
  return enabled;
}

/**
 * Keeps a page Nitro's route cache is sending (server/plugins/compress-responses.ts
 * calls this with the plain body) when it is fresh, public, a 200 and sets no cookie.
 * It is kept plain at once; its brotli and gzip copies are made the first time a
 * client asks for the page in a coding (send.ts), not now: at their top settings they
 * cost several milliseconds of CPU, and made for every address rendered, addresses no
 * one asks twice (a crawler's, or `?anything=<random>` sent to bust the cache) took
 * most of the site's CPU under uncached load (pnpm bench, T3).
 */
export function captureCachedPage(event: H3Event, body: Buffer): void {
  // Set while Nitro renders the page; on a hit from its cache only the route rule says how long.
  const rule = getRouteRules(event).cache;
  const maxAge = (event.context.cache?.options as { maxAge?: number } | undefined)?.maxAge ?? (rule ? rule.maxAge : undefined);
  if (!enabled || !maxAge || event.method !== 'GET' || getResponseStatus(event) !== 200) return;
  // A rate-limited page (search) must meet its limit on every request.
  if (ruleFor(rateRules(), 'GET', event.path)) return;
  const sent = getResponseHeaders(event);
  const etag = sent.etag;
  const lastModified = Date.parse(String(sent['last-modified'] ?? ''));
  const page = sent[PAGE_HEADER];
  if (typeof etag !== 'string' || typeof page !== 'string' || Number.isNaN(lastModified)) return;
  if (sent['set-cookie'] !== undefined || !String(sent['cache-control'] ?? '').includes('s-maxage')) return;
  const freshUntil = lastModified + maxAge * 1000;
  if (Date.now() >= freshUntil) return;
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(sent)) {
    if (value !== undefined && !PER_SEND.has(name.toLowerCase())) headers[name] = Array.isArray(value) ? value : String(value);
  }
  // Sent before Nitro's hooks run (plugins/send-cache.ts), so the page carries them itself.
  Object.assign(headers, securityHeadersFor(event.path));
  const url = event.node.req.url ?? event.path;
  // Already kept (its coded copies may be in the making): Nitro sent it because a coding was not ready yet.
  if (freshPage(url)?.etag === etag) return;
  keepPage(url, { url, page, etag, headers, identity: body, coded: {}, freshUntil, ...pageHeads(headers, etag, { identity: body }) });
}

/** Makes a kept page's brotli and gzip copies in the background, once; requests go to Nitro meanwhile. */
export function makeCodedCopies(kept: SentPage): void {
  if (kept.coding) return;
  kept.coding = true;
  void Promise.all([compressCached(kept.identity, 'br', kept.etag), compressCached(kept.identity, 'gzip', kept.etag)])
    .then(([br, gzip]) => {
      // Kept again, counted with its copies, unless a purge or a newer copy replaced it meanwhile.
      if (freshPage(kept.url) !== kept) return;
      kept.coded = { br, gzip };
      kept.heads = pageHeads(kept.headers, kept.etag, { identity: kept.identity, br, gzip }).heads;
      keepPage(kept.url, kept);
    })
    .catch((error: unknown) => console.error('[send-cache] could not compress a page', error));
}
