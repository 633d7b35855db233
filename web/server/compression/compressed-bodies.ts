import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { ContentCoding } from './negotiate';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compressing responses. A page from the page cache is compressed once, the first time
 * it goes out in a coding, and the compressed bytes are kept beside the cache (keyed by
 * the cache entry's ETag, a hash of the body), so a cached page costs no compression per
 * request: that path must stay nearly as fast as sending bytes from memory (issue 11,
 * T1). Those get the strong settings, as they are paid for once; a response rendered
 * for one request (search, forms, errors) gets quick ones.
 */
const ONCE = { br: 9, gzip: 9 } as const;
const EACH = { br: 4, gzip: 6 } as const;

/** Bounds what the kept bytes may hold; the oldest go first (a page is ~5 kB compressed). */
const KEPT_BYTES_MAX = 16 * 1024 * 1024;

const kept = new Map<string, Buffer>();
let keptBytes = 0;

function compress(body: Buffer, coding: ContentCoding, level: { br: number; gzip: number }): Promise<Buffer> {
  if (coding === 'br') {
    return brotli(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: level.br, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
  }
  return gzipAsync(body, { level: level.gzip });
}

function keep(key: string, bytes: Buffer): void {
  kept.set(key, bytes);
  keptBytes += bytes.length;
  for (const [oldest, value] of kept) {
    if (keptBytes <= KEPT_BYTES_MAX) break;
    kept.delete(oldest);
    keptBytes -= value.length;
  }
}

/** A body rendered for this request alone: compressed now. */
export function compressOnce(body: Buffer, coding: ContentCoding): Promise<Buffer> {
  return compress(body, coding, EACH);
}

/**
 * A cached page's body: the bytes kept for this ETag and coding, or compressed now and
 * kept. The length is part of the key, so a hash collision would also need equal lengths.
 */
export async function compressCached(body: Buffer, coding: ContentCoding, etag: string): Promise<Buffer> {
  const key = `${coding} ${body.length} ${etag}`;
  const found = kept.get(key);
  if (found) return found;
  const bytes = await compress(body, coding, ONCE);
  keep(key, bytes);
  return bytes;
}

/** What is kept now (for the memory figures of pnpm bench and for tests). */
export function keptCompressedBytes(): { entries: number; bytes: number } {
  return { entries: kept.size, bytes: keptBytes };
}
