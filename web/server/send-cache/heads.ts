import type { ContentCoding } from '../compression/negotiate';
import type { FlatHead, SentPage } from './store';

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
