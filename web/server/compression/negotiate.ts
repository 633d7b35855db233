/**
 * Which encoding a response goes out in, from the request's Accept-Encoding. Brotli is
 * preferred (smaller), gzip next; a coding the client gave q=0 is refused, as is every
 * coding when it sent no Accept-Encoding at all (identity, then). Pure, unit-tested.
 */
export type ContentCoding = 'br' | 'gzip';

const PREFERENCE: readonly ContentCoding[] = ['br', 'gzip'];

/** The q-value the header gives each coding it names (a `*` covers the unnamed ones). */
function qualities(header: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    const quality = q === undefined ? 1 : Number(q);
    found.set(name, Number.isFinite(quality) ? quality : 0);
  }
  return found;
}

export function preferredCoding(acceptEncoding: string | string[] | undefined): ContentCoding | null {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding;
  if (!header) return null;
  const q = qualities(header);
  let best: ContentCoding | null = null;
  let bestQuality = 0;
  for (const coding of PREFERENCE) {
    const quality = q.get(coding) ?? q.get('*') ?? 0;
    if (quality > bestQuality) [best, bestQuality] = [coding, quality];
  }
  return best;
}

/** Types worth compressing: text the site writes (pages, feeds, the sitemap, JSON). Media is compressed already. */
export function isCompressibleType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';', 1)[0]!.trim().toLowerCase();
  return type.startsWith('text/') || type === 'application/json' || type.endsWith('+json') || type.endsWith('+xml') || type === 'application/xml' || type === 'image/svg+xml';
}

/** Vary with Accept-Encoding added once, whatever else it already names. */
export function varyWithAcceptEncoding(vary: string | string[] | number | undefined): string {
  const names = (Array.isArray(vary) ? vary.join(',') : String(vary ?? ''))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.includes('*') || names.some((name) => name.toLowerCase() === 'accept-encoding')) return names.join(', ');
  return [...names, 'Accept-Encoding'].join(', ');
}
