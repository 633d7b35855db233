import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestCms, type TestCms } from '../../../scripts/testing/cms-server.ts';
import { scriptUrlsOf } from '../../../scripts/testing/script-weight.ts';
import { startTestWeb, type TestWeb } from '../../../scripts/testing/web-server.ts';

/**
 * Page weight on the built site (issue 11, T7): pages, feeds and the sitemap go out
 * compressed in the coding asked for (brotli, else gzip) with `Vary: Accept-Encoding`
 * (error pages, a few kB, as they are),
 * the stylesheet goes out precompressed, every page type's HTML and CSS come to under
 * 50 kB as transferred, and no page (the "not found" pages included) sends a script.
 */

let cms: TestCms;
let web: TestWeb;

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent, not decoded. */
  body: Buffer;
}

/** A GET whose body is kept as sent (fetch would decode it). */
function rawGet(url: string, acceptEncoding?: string): Promise<Raw> {
  const headers: Record<string, string> = { accept: 'text/html,*/*' };
  if (acceptEncoding) headers['accept-encoding'] = acceptEncoding;
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

function decoded(raw: Raw): string {
  const coding = raw.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(raw.body).toString();
  if (coding === 'gzip') return gunzipSync(raw.body).toString();
  return raw.body.toString();
}

const varies = (raw: Raw) => String(raw.headers.vary ?? '').toLowerCase().split(/,\s*/).includes('accept-encoding');

async function firstSlug(plural: string): Promise<string> {
  const body = (await (await fetch(`${cms.url}/api/${plural}?locale=en&pagination[pageSize]=1`)).json()) as { data: Array<{ slug: string }> };
  return body.data[0]!.slug;
}

let pages: Record<string, { path: string; status: number }>;

beforeAll(async () => {
  cms = await startTestCms({ database: 'sqlite', seed: true });
  web = await startTestWeb({ cmsUrl: cms.url });
  pages = {
    home: { path: '/', status: 200 },
    article: { path: `/news/${await firstSlug('news-items')}`, status: 200 },
    brief: { path: `/briefs/${await firstSlug('briefs')}`, status: 200 },
    vacancy: { path: `/vacancies/${await firstSlug('vacancies')}`, status: 200 },
    event: { path: `/events/${await firstSlug('events')}`, status: 200 },
    leadership: { path: `/leadership/${await firstSlug('leadership-updates')}`, status: 200 },
    newsList: { path: '/news', status: 200 },
    polishNews: { path: '/pl/news', status: 200 },
    search: { path: '/search?q=health', status: 200 },
    newsletter: { path: '/newsletter', status: 200 },
    about: { path: '/about', status: 200 },
    notFound: { path: '/no/such/page', status: 404 },
    missingArticle: { path: '/news/no-such-story', status: 404 },
  };
});

afterAll(async () => {
  await web?.stop();
  await cms?.destroy();
});

describe('compressed responses', () => {
  test('every page type: brotli or gzip as asked, the same page as uncompressed, Vary set, no script', async () => {
    for (const [name, { path, status }] of Object.entries(pages)) {
      const plain = await rawGet(`${web.url}${path}`);
      expect(plain.status, name).toBe(status);
      expect(plain.headers['content-encoding'], name).toBeUndefined();
      const html = plain.body.toString();
      expect(html, name).toContain('</html>');
      expect(scriptUrlsOf(html, web.url), name).toEqual([]);
      expect(html, name).not.toMatch(/<script\b(?![^>]*application\/ld\+json)/i);
      for (const [asked, coding] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['br;q=0, gzip', 'gzip']] as const) {
        const raw = await rawGet(`${web.url}${path}`, asked);
        expect(raw.status, `${name} ${asked}`).toBe(status);
        if (status !== 200) {
          // Error pages go out uncompressed (server/plugins/compress-responses.ts), whole and readable.
          expect(raw.headers['content-encoding'], name).toBeUndefined();
          expect(raw.body.toString(), name).toBe(html);
          continue;
        }
        expect(raw.headers['content-encoding'], `${name} ${asked}`).toBe(coding);
        expect(varies(raw), `${name} ${asked}: vary ${raw.headers.vary}`).toBe(true);
        expect(Number(raw.headers['content-length']), name).toBe(raw.body.length);
        expect(raw.body.length, name).toBeLessThan(plain.body.length / 2);
        expect(decoded(raw), `${name} ${asked}`).toBe(html);
      }
    }
  });

  test('a cached page is sent from ready bytes: the same compressed bytes every time, in each coding', async () => {
    const path = pages.article!.path;
    const first = await rawGet(`${web.url}${path}`, 'br');
    // The ready copy is made in the background once Nitro has sent the page fresh.
    await expect.poll(async () => (await rawGet(`${web.url}${path}`, 'br')).headers['x-blmk-send-cache'], { timeout: 10_000 }).toBe('hit');
    const again = await rawGet(`${web.url}${path}`, 'br');
    expect(again.headers['content-encoding']).toBe('br');
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(decoded(again)).toBe(decoded(first));
    const plain = await rawGet(`${web.url}${path}`);
    expect(plain.headers['x-blmk-send-cache']).toBe('hit');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(decoded(again)).toBe(plain.body.toString());
    const gzipped = await rawGet(`${web.url}${path}`, 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzipped)).toBe(plain.body.toString());
    // The same security headers and page marker as Nitro's own answer.
    const securityHeaders = ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy', 'x-frame-options', 'x-robots-tag'];
    for (const name of [...securityHeaders, 'cache-control', 'x-blmk-page', 'content-type', 'last-modified']) {
      expect(again.headers[name], name).toBe(first.headers[name]);
      expect(plain.headers[name], name).toBe(first.headers[name]);
    }
    expect(first.headers['x-frame-options']).toBe('DENY');
    expect(again.headers['x-powered-by']).toBeUndefined();
    expect(varies(again)).toBe(true);
    // A conditional request for the same page is answered 304, with no body.
    const conditional = await fetch(`${web.url}${path}`, { headers: { 'if-none-match': String(first.headers.etag), accept: 'text/html' } });
    expect(conditional.status).toBe(304);
  });

  test('the stylesheet is served precompressed, and HTML + CSS of every page type is under 50 kB as transferred', async () => {
    for (const [name, { path }] of Object.entries(pages)) {
      const page = await rawGet(`${web.url}${path}`, 'br, gzip');
      const html = decoded(page);
      const sheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => new URL(match[1]!, web.url).href);
      expect(sheets.length, name).toBeGreaterThan(0);
      let bytes = page.body.length;
      for (const sheet of sheets) {
        const css = await rawGet(sheet, 'br, gzip');
        expect(css.status, sheet).toBe(200);
        if (css.body.length > 1024) expect(css.headers['content-encoding'], sheet).toBe('br');
        expect(varies(css), sheet).toBe(true);
        bytes += css.body.length;
        const gzipped = await rawGet(sheet, 'gzip');
        if (css.body.length > 1024) expect(gzipped.headers['content-encoding'], sheet).toBe('gzip');
        expect(decoded(gzipped), sheet).toBe((await rawGet(sheet)).body.toString());
      }
      expect(bytes, `${name}: ${bytes} B`).toBeLessThan(50_000);
    }
  });

  test('feeds and the sitemap are compressed too', async () => {
    for (const path of ['/feeds/all.xml', '/feeds/news.atom', '/sitemap.xml']) {
      const raw = await rawGet(`${web.url}${path}`, 'br');
      expect(raw.status, path).toBe(200);
      expect(varies(raw), path).toBe(true);
      if ((await rawGet(`${web.url}${path}`)).body.length > 1024) expect(raw.headers['content-encoding'], path).toBe('br');
      expect(decoded(raw), path).toContain('<?xml');
    }
  });
});
