import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a page makes a browser download: every <script src> and every
 * modulepreload link of its HTML, fetched and measured as sent (bytes) and gzipped
 * (level 9, close to what a compressing proxy serves).
 */
export interface ScriptWeight {
  path: string;
  scripts: Array<{ url: string; bytes: number; gzipBytes: number }>;
  /** Inline <script> bodies (the payload, import maps), in bytes as sent. Structured data (JSON-LD) is not code and is left out. */
  inlineBytes: number;
  totalGzipBytes: number;
}

const SCRIPT_SRC = /<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gi;
const MODULE_PRELOAD = /<link\b(?=[^>]*\brel="modulepreload")[^>]*\bhref="([^"]+)"[^>]*>/gi;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)(?![^>]*\btype="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/gi;

export function scriptUrlsOf(html: string, pageUrl: string): string[] {
  const urls = [...html.matchAll(SCRIPT_SRC), ...html.matchAll(MODULE_PRELOAD)].map((match) => new URL(match[1]!, pageUrl).href);
  return [...new Set(urls)];
}

/** `status` is the answer the page should give: 404 to weigh the "page not found" page. */
export async function scriptWeight(baseUrl: string, path: string, status = 200): Promise<ScriptWeight> {
  const pageUrl = new URL(path, baseUrl).href;
  const response = await fetch(pageUrl, { headers: { accept: 'text/html' } });
  if (response.status !== status) throw new Error(`${path} answered ${response.status}, not ${status}`);
  const html = await response.text();
  const scripts = await Promise.all(
    scriptUrlsOf(html, pageUrl).map(async (url) => {
      const script = await fetch(url);
      if (!script.ok) throw new Error(`${url} answered ${script.status}`);
      const body = Buffer.from(await script.arrayBuffer());
      return { url, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
    }),
  );
  const inlineBytes = [...html.matchAll(INLINE_SCRIPT)].reduce((sum, match) => sum + Buffer.byteLength(match[1]!), 0);
  return { path, scripts, inlineBytes, totalGzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0) };
}
