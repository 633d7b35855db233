import type { IncomingMessage, ServerResponse } from 'node:http';
import { preferredCoding, type ContentCoding } from '../compression/negotiate';
import { freshPage, type FlatHead, type SentPage } from './store';

/** Says a response came from the ready-to-send copies (for operators and the site tests). */
export const SEND_CACHE_HEADER = 'x-blmk-send-cache';

function flatHead(headers: Record<string, string | string[]>, extra: Record<string, string>): FlatHead {
  const flat: FlatHead = [];
  for (const [name, value] of Object.entries({ ...headers, ...extra })) {
    for (const one of Array.isArray(value) ? value : [value]) flat.push(name, one);
  }
  return flat;
}

/** The heads a kept page is sent with, per coding, and for a 304. */
export function pageHeads(headers: Record<string, string | string[]>, etag: string, bodies: { identity: Buffer } & Partial<Record<ContentCoding, Buffer>>): Pick<SentPage, 'heads' | 'notModifiedHead'> {
  const common = { [SEND_CACHE_HEADER]: 'hit', vary: 'Accept-Encoding' };
  const head = (body: Buffer, coding?: ContentCoding) =>
    flatHead(headers, { ...common, 'content-length': String(body.length), ...(coding ? { 'content-encoding': coding } : {}) });
  const heads: SentPage['heads'] = { identity: head(bodies.identity) };
  if (bodies.br) heads.br = head(bodies.br, 'br');
  if (bodies.gzip) heads.gzip = head(bodies.gzip, 'gzip');
  const notModifiedHead = flatHead({}, { etag, vary: 'Accept-Encoding', 'cache-control': String(headers['cache-control'] ?? '') });
  return { heads, notModifiedHead };
}

/** Accept-Encoding values repeat (a few browsers, a few bots): each is read once. */
const codingByHeader = new Map<string, ContentCoding | null>();
function codingFor(acceptEncoding: string | undefined): ContentCoding | null {
  if (!acceptEncoding) return null;
  let coding = codingByHeader.get(acceptEncoding);
  if (coding === undefined) {
    coding = preferredCoding(acceptEncoding);
    if (codingByHeader.size >= 256) codingByHeader.clear();
    codingByHeader.set(acceptEncoding, coding);
  }
  return coding;
}

/**
 * Answers a GET for a kept, fresh page from its ready bytes; false when the request is
 * not one (it then goes on to Nitro as before). Range requests always go to Nitro.
 */
export function sendKeptPage(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' || req.headers.range !== undefined || req.url === undefined) return false;
  const page = freshPage(req.url);
  if (!page) return false;
  if (req.headers['if-none-match'] === page.etag) {
    res.writeHead(304, page.notModifiedHead);
    res.end();
    return true;
  }
  const coding = codingFor(req.headers['accept-encoding']);
  const coded = coding ? page.coded[coding] : undefined;
  if (coding && coded) {
    res.writeHead(200, page.heads[coding]);
    res.end(coded);
  } else {
    res.writeHead(200, page.heads.identity);
    res.end(page.identity);
  }
  return true;
}
