import type { ContentCoding } from '../compression/negotiate';

/** A response head as Node's writeHead takes it fastest: names and values in one flat list. */
export type FlatHead = string[];

/**
 * Cached pages kept as ready-to-send bytes, in front of Nitro's page cache.
 *
 * Why: on a hit, Nitro's route cache hashes the URL, reads the entry back from storage
 * (unstorage keeps it as JSON, so every hit parses the whole page again) and sets its
 * headers one by one; with the router and the hooks that came to about a quarter of
 * what bare Node serves (issue 11, T1). Here a hit is one Map lookup and one write.
 *
 * Nitro's cache stays the source of truth: a page is kept here only when Nitro has just
 * sent it fresh (rendered, or read from its cache), and only until Nitro would call it stale (its Last-Modified plus the
 * route's max age); after that requests fall through to Nitro, which serves the stale
 * copy and re-renders in the background (stale-while-revalidate), and the next fresh
 * copy it sends is kept again. A purge (server/utils/page-cache.ts) drops pages here
 * too. With the cache shared in Redis, a purge reaches one process, so it tells the
 * others on a Redis channel, and a process keeps copies only while it is subscribed
 * (purge-channel.ts).
 *
 * A hit is answered before Nitro's app runs at all (plugins/send-cache.ts): no request
 * hooks, router or middleware, which is what brought a cached page near bare Node.
 */
export interface SentPage {
  /** The request URL it answers (path and query). */
  url: string;
  /** The page (PAGE_HEADER) the purge webhook names. */
  page: string;
  etag: string;
  /** Response headers as Nitro sent them and our security headers, without length, coding or Vary. */
  headers: Record<string, string | string[]>;
  identity: Buffer;
  coded: Partial<Record<ContentCoding, Buffer>>;
  /** Bytes it holds, as counted when kept. */
  size?: number;
  /** True once its coded copies are being made (capture.ts makeCodedCopies). */
  coding?: boolean;
  /** The whole head for each coding, made once when the page is kept (send.ts). */
  heads: { identity: FlatHead } & Partial<Record<ContentCoding, FlatHead>>;
  notModifiedHead: FlatHead;
  /** Epoch ms after which Nitro would call the page stale. */
  freshUntil: number;
}

/** What the kept pages may hold (plain ~60 kB and its copies ~20 kB each): about 200 pages. */
const MAX_BYTES = 16 * 1024 * 1024;

const pages = new Map<string, SentPage>();
let keptBytes = 0;

function sizeOf(page: SentPage): number {
  return page.identity.length + (page.coded.br?.length ?? 0) + (page.coded.gzip?.length ?? 0);
}

function drop(url: string): void {
  const page = pages.get(url);
  if (!page) return;
  pages.delete(url);
  keptBytes -= page.size ?? sizeOf(page);
}

/** The fresh page kept for this request URL (path and query, as Nitro keys it), if any. */
export function freshPage(url: string, now = Date.now()): SentPage | undefined {
  const page = pages.get(url);
  if (!page) return undefined;
  if (now < page.freshUntil) return page;
  drop(url);
  return undefined;
}

/** Keeps a page (again, when its coded copies are made); the oldest go first beyond the bound. */
export function keepPage(url: string, page: SentPage): void {
  drop(url);
  page.size = sizeOf(page);
  pages.set(url, page);
  keptBytes += page.size;
  for (const oldest of pages.keys()) {
    if (keptBytes <= MAX_BYTES) break;
    drop(oldest);
  }
}

/** Drops the kept pages the purge names; `isStale` gets each page's path. */
export function forgetPages(isStale: (page: string) => boolean): void {
  for (const [url, page] of pages) if (isStale(page.page)) drop(url);
}
