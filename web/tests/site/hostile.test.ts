import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin, createAndPublish, type AdminSession } from '../../../scripts/testing/admin-api.ts';
import { startTestCms, TEST_ADMIN, type TestCms } from '../../../scripts/testing/cms-server.ts';
import { testDatabaseKinds } from '../../../scripts/testing/databases.ts';
import { startSmtpSink, type SmtpSink } from '../../../scripts/testing/smtp-sink.ts';
import { signPurge } from '../../../scripts/testing/purge-webhook.ts';
import { startTestWeb, type TestWeb } from '../../../scripts/testing/web-server.ts';
import { freePort } from '../../../scripts/lib/ports.ts';
import { decodeEntities, textOf } from './fetch-page';
import { assertWellFormedXml, xmlTexts } from './xml';

/**
 * The built site's public endpoints against what an attacker sends, over a real CMS
 * seeded with hostile content (script and HTML in every text field of a news item, an
 * event, a vacancy, a leadership update and a brief): pages, feeds, JSON-LD, search
 * snippets and the newsletter e-mail escape it; the newsletter and preview flows send
 * nobody to another site; forged, expired and replayed webhook and preview signatures
 * are refused (a replayed purge is a 409); path tricks in slugs and 100 kB
 * query strings get a clear 4xx. Never a 500, never a leak. Every input is counted per
 * endpoint and the table printed at the end, for the closing note.
 */

const databases = await testDatabaseKinds();

const WEBHOOK_SECRET = randomBytes(24).toString('hex');
const PREVIEW_SECRET = randomBytes(24).toString('hex');
const NEWSLETTER_SECRET = randomBytes(24).toString('hex');

/** What an editor's account, stolen or careless, might type into a field; "quokka" makes it findable by search. */
function payload(field: string): string {
  return `quokka <script>alert('${field}')</script><img src=x onerror=alert(1)>&"'</textarea><!--`;
}
/** The words of the payload a reader must see as text (the escaped markup included). */
const shown = (field: string) => `<script>alert('${field}')</script><img src=x onerror=alert(1)>`;
const blocks = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Inputs tried, per endpoint (printed as a table in afterAll). */
const tried = new Map<string, number>();
function count(endpoint: string, inputs = 1): void {
  tried.set(endpoint, (tried.get(endpoint) ?? 0) + inputs);
}

/**
 * Nothing a page, feed or mail may ever carry: live markup from the payload, secrets,
 * server internals. In HTML, a quoted attribute value (meta description, an input's
 * value) is text whatever it holds but its quote, which must be escaped: those values
 * are set aside first, so what is checked is the markup itself. XML allows no "<" in
 * attribute values at all, so feeds are checked whole.
 */
function expectNoInjection(body: string, where: string, kind: 'html' | 'xml' = 'html'): void {
  const markup = kind === 'html' ? body.replace(/="[^"]*"/g, '=""') : body;
  expect(markup, where).not.toMatch(/<script>alert/i);
  expect(markup, where).not.toMatch(/<img src=x onerror/i);
  expect(markup, where).not.toContain('</textarea><!--');
  expectNoLeak(body, where);
}

/** `sent`: what the request itself carried (a wrong secret echoed back in a link is no leak). */
function expectNoLeak(body: string, where: string, sent = ''): void {
  for (const secret of [WEBHOOK_SECRET, PREVIEW_SECRET, NEWSLETTER_SECRET, TEST_ADMIN.password]) {
    if (!sent.includes(secret)) expect(body, `${where} leaks a secret`).not.toContain(secret);
  }
  expect(body, `${where} shows a stack trace`).not.toMatch(/\n\s+at .+\.(?:m?js|ts):\d+/);
  expect(body, `${where} names a server path`).not.toMatch(/\/work\/|node_modules|\.output\/server/);
  expect(body, where).not.toMatch(/root:x:0:0/);
}

interface Answer {
  status: number;
  location: string | null;
  type: string;
  body: string;
}

/** A location that keeps the reader on this site: a path, not //host or /\host (browsers read both as another host). */
function expectLocalRedirect(location: string | null, where: string): void {
  if (location === null) return;
  expect(location, where).toMatch(/^\/(?![/\\])/);
  expect(new URL(location, 'https://site.example').origin, where).toBe('https://site.example');
}

describe.each(databases)('the site under hostile input, on %s', (database) => {
  let cms: TestCms;
  let web: TestWeb;
  let sink: SmtpSink;
  let admin: AdminSession;
  const ids: Record<string, string> = {};

  async function request(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
    const response = await fetch(`${web.url}${path}`, { redirect: 'manual', ...init, headers: { accept: 'text/html', ...init.headers } });
    const answer = { status: response.status, location: response.headers.get('location'), type: response.headers.get('content-type') ?? '', body: await response.text() };
    expect(answer.status, `${init.method ?? 'GET'} ${path.slice(0, 120)}: ${answer.body.slice(0, 200)}`).toBeLessThan(500);
    expectNoLeak(answer.body, path.slice(0, 120), `${path} ${init.body ?? ''}`);
    return answer;
  }

  function post(path: string, form: Record<string, string>): Promise<Answer> {
    return request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() });
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    const webPort = await freePort();
    cms = await startTestCms({
      database,
      seed: false,
      env: {
        SITE_URL: `http://127.0.0.1:${webPort}`,
        SITE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        PREVIEW_SECRET,
        NEWSLETTER_SECRET,
        SMTP_HOST: sink.host,
        SMTP_PORT: String(sink.port),
        EMAIL_FROM: 'BLMK <news@blmk.test>',
      },
    });
    admin = await adminLogin(cms.url);
    const collection = (uid: string) => `/content-manager/collection-types/api::${uid}.${uid}`;
    ids.news = await createAndPublish(admin, collection('news-item'), {
      title: payload('news-title'),
      slug: 'hostile-news',
      summary: payload('news-summary'),
      // A javascript: link in the body is refused by the CMS itself (cms/tests cover it).
      body: blocks(payload('news-body')),
      storyDate: daysFromNow(0),
    });
    ids.event = await createAndPublish(admin, collection('event'), {
      title: payload('event-title'),
      slug: 'hostile-event',
      summary: payload('event-summary'),
      description: blocks(payload('event-description')),
      sessions: [{ date: daysFromNow(30), startsAt: '10:00:00.000', endsAt: '12:00:00.000', asWritten: payload('event-session') }],
      venue: { name: payload('event-venue'), address: payload('event-address'), postcode: 'LU1 2LJ' },
      audience: payload('event-audience'),
      costNote: payload('event-cost'),
      registration: { url: 'https://example.test/register?x=%22%3E%3Cscript%3E', note: payload('event-registration'), contactName: payload('event-contact') },
    });
    ids.vacancy = await createAndPublish(admin, collection('vacancy'), {
      title: payload('vacancy-title'),
      slug: 'hostile-vacancy',
      band: 'Band 5',
      hoursPerWeek: 37.5,
      contractType: 'permanent',
      contractTerm: payload('vacancy-term'),
      location: payload('vacancy-location'),
      travelArea: payload('vacancy-travel'),
      summary: payload('vacancy-summary'),
      description: blocks(payload('vacancy-description')),
      contactName: payload('vacancy-contact'),
      contactRole: payload('vacancy-role'),
      contactEmail: 'recruitment@example.test',
      applyUrl: 'https://example.test/apply?x=%22%3E%3Cscript%3E',
      closingDate: daysFromNow(60),
    });
    ids.leadership = await createAndPublish(admin, collection('leadership-update'), {
      personName: payload('leader-name'),
      slug: 'hostile-leadership',
      roleTitle: payload('leader-role'),
      effectiveDate: daysFromNow(0),
      summary: payload('leader-summary'),
      body: blocks(payload('leader-body')),
    });
    ids.brief = await createAndPublish(admin, collection('brief'), {
      title: payload('brief-title'),
      slug: 'hostile-brief',
      issueDate: `${daysFromNow(0).slice(0, 7)}-01`,
      intro: blocks(payload('brief-intro')),
      sections: [{ heading: payload('brief-heading'), intro: blocks(payload('brief-section-intro')), entries: [{ note: blocks(payload('brief-note')) }] }],
      outro: payload('brief-outro'),
      closingLinks: [{ label: payload('brief-link'), url: 'https://example.test/more' }],
    });
    const token = await admin.request<{ data: { accessKey: string } }>('POST', '/admin/api-tokens', { name: 'Site preview', type: 'read-only', lifespan: null });
    if (token.status !== 201) throw new Error(`api token: ${token.status} ${JSON.stringify(token.body)}`);
    web = await startTestWeb({
      cmsUrl: cms.url,
      port: webPort,
      env: {
        NUXT_SITE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        NUXT_PREVIEW_SECRET: PREVIEW_SECRET,
        NUXT_CMS_PREVIEW_TOKEN: token.body.data.accessKey,
        // This file sends far more than a reader would; the limits have their own test (rate-limits.test.ts).
        NUXT_RATE_LIMIT_SEARCH: '100000',
        NUXT_RATE_LIMIT_NEWSLETTER: '100000',
      },
    });
  }, 1_200_000);

  afterAll(async () => {
    await web?.stop();
    await cms?.destroy();
    await sink?.close();
    const rows = [...tried].map(([endpoint, inputs]) => `| ${endpoint.padEnd(44)} | ${String(inputs).padStart(6)} |`);
    const total = [...tried.values()].reduce((a, b) => a + b, 0);
    console.log(
      [`Hostile inputs tried on the site (${database}):`, `| ${'endpoint'.padEnd(44)} | inputs |`, `| ${'-'.repeat(44)} | -----: |`, ...rows, `| ${'total'.padEnd(44)} | ${String(total).padStart(6)} |`].join('\n'),
    );
    tried.clear();
  });

  describe('hostile content is escaped', () => {
    const pages: Array<[string, string[]]> = [
      ['/news/hostile-news', ['news-title', 'news-summary', 'news-body']],
      ['/news', ['news-title', 'news-summary']],
      ['/events/hostile-event', ['event-title', 'event-description', 'event-venue', 'event-address', 'event-audience', 'event-cost', 'event-registration']],
      ['/events', ['event-title']],
      ['/vacancies/hostile-vacancy', ['vacancy-title', 'vacancy-location', 'vacancy-description', 'vacancy-contact', 'vacancy-term']],
      ['/vacancies', ['vacancy-title']],
      ['/leadership/hostile-leadership', ['leader-name', 'leader-role', 'leader-body']],
      ['/briefs/hostile-brief', ['brief-title', 'brief-intro', 'brief-heading', 'brief-section-intro', 'brief-note', 'brief-outro', 'brief-link']],
      ['/briefs', ['brief-title']],
      ['/', ['news-title']],
    ];

    test.each(pages)('%s shows every field as text, never as markup', async (path, fields) => {
      const page = await request(path);
      expect(page.status).toBe(200);
      expectNoInjection(page.body, path);
      // The site sends no JavaScript: the only script elements are JSON-LD data.
      for (const tag of page.body.replace(/="[^"]*"/g, (value) => (value === '="application/ld+json"' ? value : '=""')).match(/<script\b[^>]*>/gi) ?? []) {
        expect(tag).toMatch(/type="application\/ld\+json"/);
      }
      const text = textOf(page.body);
      for (const field of fields) expect(text, `${path}: ${field}`).toContain(shown(field));
      // No javascript: link survives into an href.
      expect(page.body).not.toMatch(/href="\s*javascript:/i);
      count('pages (entries and lists)', fields.length + 1);
    });

    test('JSON-LD carries the hostile text as data: no "<" inside, parses, and says what the editor wrote', async () => {
      const checks: Array<[string, (data: Record<string, unknown>) => unknown, string]> = [
        ['/news/hostile-news', (data) => data.headline, payload('news-title').slice(0, 110)],
        ['/vacancies/hostile-vacancy', (data) => data.title, payload('vacancy-title')],
        ['/events/hostile-event', (data) => data.name, payload('event-title')],
      ];
      for (const [path, pick, expected] of checks) {
        const { body } = await request(path);
        const scripts = [...body.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
        expect(scripts.length, path).toBeGreaterThan(0);
        const values = scripts.map((json) => {
          expect(json).not.toContain('<');
          return JSON.parse(json) as Record<string, unknown>;
        });
        expect(values.map(pick), path).toContain(expected);
        count('JSON-LD (in pages)', values.length);
      }
    });

    test.each(['/feeds/news.xml', '/feeds/news.atom', '/feeds/briefs.xml', '/feeds/briefs.atom', '/feeds/vacancies.xml', '/feeds/vacancies.atom', '/feeds/all.xml', '/feeds/all.atom'])(
      '%s is well-formed XML with the hostile text escaped',
      async (path) => {
        const feed = await request(path);
        expect(feed.status).toBe(200);
        expectNoInjection(feed.body, path, 'xml');
        assertWellFormedXml(feed.body);
        const titles = xmlTexts(feed.body, 'title').map(decodeEntities);
        expect(titles.some((title) => title.includes(shown(`${path.includes('briefs') ? 'brief' : path.includes('vacancies') ? 'vacancy' : 'news'}-title`)))).toBe(true);
        count('feeds (RSS and Atom)', 1 + titles.length);
      },
    );

    test('search snippets mark the words and escape the rest, whatever the query', async () => {
      const found = await request('/search?q=quokka');
      expect(found.status).toBe(200);
      expectNoInjection(found.body, 'search results');
      expect(found.body).toMatch(/<mark>quokka<\/mark>/i);
      // Inside a snippet the only elements are <mark>.
      const text = decodeEntities(found.body.replace(/<\/?mark>/g, ''));
      expect(text).toContain(shown('news-summary').slice(0, 20));
      const queries = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "quokka' OR 1=1 --", 'quokka <mark>x</mark>', '%3Cscript%3E', '\u202Equokka', 'quokka\u0000'];
      for (const q of queries) {
        const answer = await request(`/search?q=${encodeURIComponent(q)}`);
        expect([200, 400]).toContain(answer.status);
        expectNoInjection(answer.body, `search ${q}`);
        // The query is shown back as text (the CMS's own highlights of matching words are <mark>, rightly).
        if (answer.status === 200) expect(decodeEntities(/<title>([^<]*)<\/title>/.exec(answer.body)?.[1] ?? ''), q).toContain(q.trim());
      }
      count('/search', 1 + queries.length);
    });

    test('the newsletter e-mail of the hostile brief escapes every field', async () => {
      const sent = await admin.request('POST', `/blmk/newsletter/briefs/${ids.brief}/test`);
      expect(sent.status).toBe(200);
      const [mail] = await sink.waitFor((messages) => messages.some((message) => message.to.includes(TEST_ADMIN.email)), 'the test send');
      const html = String(mail!.mail.html);
      expectNoInjection(html, 'newsletter e-mail');
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/href="\s*javascript:/i);
      const fields = ['brief-intro', 'brief-heading', 'brief-section-intro', 'brief-note', 'brief-outro'];
      for (const field of fields) expect(decodeEntities(html), field).toContain(shown(field));
      // The plain-text part is text: the words as written.
      expect(mail!.mail.text).toContain(shown('brief-intro'));
      count('newsletter e-mail (brief send)', fields.length + 1);
    });
  });

  describe('open redirects', () => {
    const elsewhere = ['//evil.example', '/\\evil.example', 'https://evil.example/', '\\\\evil.example', '/%2F%2Fevil.example', 'javascript:alert(1)', '%0d%0aLocation: https://evil.example'];

    test.each(['subscribe', 'confirm', 'unsubscribe', 'preferences'])('the %s form sends the reader back to this site only', async (action) => {
      for (const target of elsewhere) {
        const query = new URLSearchParams({ next: target, redirect: target, returnTo: target }).toString();
        const answer = await post(`/api/newsletter/${action}?${query}`, { email: 'x@example.test', token: 'abcdefghijklmnop', locale: target, next: target, redirect: target, topics: 'briefs' });
        expect([303, 400]).toContain(answer.status);
        expectLocalRedirect(answer.location, `${action} ${target}`);
        expect(answer.location ?? '').not.toContain('evil');
      }
      count('/api/newsletter/* (redirects)', elsewhere.length);
    });

    test('the preview route sends the editor to the preview page only', async () => {
      for (const target of elsewhere) {
        const query = new URLSearchParams({ secret: PREVIEW_SECRET, type: 'news-item', documentId: ids.news!, locale: 'en', status: 'draft', next: target, redirect: target });
        const answer = await request(`/api/preview?${query}`);
        expect(answer.status).toBe(302);
        expect(answer.location).toMatch(new RegExp(`^/preview/news-item/${ids.news}\\?`));
        const asDocument = await request(`/api/preview?${new URLSearchParams({ secret: PREVIEW_SECRET, type: 'news-item', documentId: target })}`);
        expect(asDocument.status).toBe(400);
        const asType = await request(`/api/preview?${new URLSearchParams({ secret: PREVIEW_SECRET, type: target, documentId: ids.news! })}`);
        expect(asType.status).toBe(400);
      }
      count('/api/preview (redirects)', elsewhere.length * 3);
    });

    test('no page redirects to another host, however its path is written', async () => {
      const paths = ['//evil.example', '//evil.example/', '/\\evil.example', '//evil.example/%2e%2e', '/%5Cevil.example', '/news/..//evil.example', '///evil.example/news', '/news//evil.example'];
      for (const path of paths) {
        const response = await fetch(`${web.url}${path}`, { redirect: 'manual', headers: { accept: 'text/html' } });
        await response.arrayBuffer();
        expect(response.status, path).toBeLessThan(500);
        expectLocalRedirect(response.headers.get('location'), path);
      }
      count('any path (redirects)', paths.length);
    });
  });

  describe('webhook signatures', () => {
    const body = JSON.stringify({ event: 'publish', model: 'news-item', documentId: 'abc123', locale: 'en', slug: 'hostile-news' });
    const sign = (text: string, secret = WEBHOOK_SECRET, nowMs = Date.now()) => signPurge(text, secret, nowMs);
    const purge = (text: string, signature?: string, headers: Record<string, string> = {}) =>
      request('/api/revalidate', { method: 'POST', headers: { 'content-type': 'application/json', ...(signature === undefined ? {} : { 'x-blmk-signature': signature }), ...headers }, body: text });

    test('missing, forged, wrongly keyed, truncated, re-cased, body-swapped, untimed, re-timed or expired signatures are 401 and purge nothing', async () => {
      const forged = [
        undefined,
        '',
        'sha256=',
        `sha256=${'0'.repeat(64)}`,
        sign(body, 'not-the-secret'),
        sign(body).slice(0, -2),
        sign(body).toUpperCase(),
        sign(body).replace('sha256=', 'sha1='),
        sign(`${body} `),
        sign(body, ''),
        `${sign(body)}, ${sign(body)}`,
        'sha256=' + 'z'.repeat(64),
        // The form before signatures carried a time: the body's HMAC alone.
        `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex')}`,
        // A correct HMAC with another time than the one signed.
        sign(body).replace(/^t=(\d+)/, (_all, at: string) => `t=${Number(at) - 1}`),
        // Correctly signed, but ten minutes old, or ten minutes ahead: outside the five-minute tolerance.
        sign(body, WEBHOOK_SECRET, Date.now() - 600_000),
        sign(body, WEBHOOK_SECRET, Date.now() + 600_000),
      ];
      for (const signature of forged) {
        const answer = await purge(body, signature);
        expect(answer.status, String(signature)).toBe(401);
        expect(answer.body).not.toContain('purged');
      }
      // The right signature over a different body than the one sent.
      expect((await purge(body.replace('hostile-news', 'other'), sign(body))).status).toBe(401);
      count('/api/revalidate (signatures)', forged.length + 1);
    });

    test('a replayed purge is a 409 and purges nothing; a signed but hostile body is a 400', async () => {
      // Cache the pages the purge names, so the first purge has something to drop.
      for (const path of ['/', '/news', '/news/hostile-news']) await request(path);
      const signature = sign(body);
      const first = await purge(body, signature);
      expect(first.status).toBe(200);
      expect((JSON.parse(first.body) as { purged: string[] }).purged).toContain('/news/hostile-news');
      const replay = await purge(body, signature);
      expect(replay.status).toBe(409);
      expect(replay.body).not.toContain('purged');
      const hostile = [
        '{"event":"publish"',
        '[]',
        JSON.stringify({ event: 'publish', model: 'admin::user', documentId: 'abc', locale: 'en' }),
        JSON.stringify({ event: 'publish', model: 'news-item', documentId: '../../etc', locale: 'en' }),
        JSON.stringify({ event: 'publish', model: 'news-item', documentId: 'abc', locale: '../../' }),
        JSON.stringify({ event: 'publish', model: 'news-item', documentId: 'abc', locale: 'en', slug: '../../../etc/passwd' }),
        JSON.stringify({ event: 'publish', model: 'news-item', documentId: 'abc', locale: 'en', slug: '<script>' }),
        JSON.stringify({ event: 'drop-table', model: 'news-item', documentId: 'abc', locale: 'en' }),
      ];
      for (const text of hostile) {
        const answer = await purge(text, sign(text));
        expect(answer.status, text).toBe(400);
      }
      // Keys meant to pollute prototypes are ignored: a plain purge of what the rest names.
      const polluting = '{"event":"publish","model":"news-item","documentId":"abc","locale":"en","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}';
      const polluted = await purge(polluting, sign(polluting));
      expect(polluted.status).toBe(200);
      expect(polluted.body).not.toContain('polluted');
      expect((await request('/news')).status).toBe(200);
      const big = JSON.stringify({ event: 'publish', model: 'news-item', documentId: 'abc', locale: 'en', pad: 'x'.repeat(20_000) });
      expect((await purge(big, sign(big))).status).toBe(413);
      count('/api/revalidate (replay and bodies)', 2 + hostile.length + 2);
    });
  });

  describe('preview signatures', () => {
    const subject = (documentId: string, expires: number, status = 'draft') => ['news-item', documentId, 'en', status, expires].join(':');
    const token = (text: string, secret = PREVIEW_SECRET) => createHmac('sha256', `preview:${secret}`).update(text).digest('hex');
    const page = (documentId: string, params: Record<string, string>) => request(`/preview/news-item/${documentId}?${new URLSearchParams({ locale: 'en', status: 'draft', ...params })}`);

    test('a wrong, missing, repeated or huge secret is 401 on /api/preview', async () => {
      const secrets = ['', 'x', PREVIEW_SECRET.toUpperCase(), PREVIEW_SECRET.slice(1), `${PREVIEW_SECRET} `, 'a'.repeat(8_000)];
      for (const secret of secrets) {
        expect((await request(`/api/preview?${new URLSearchParams({ secret, type: 'news-item', documentId: ids.news! })}`)).status, secret.slice(0, 20)).toBe(401);
      }
      expect((await request(`/api/preview?type=news-item&documentId=${ids.news}`)).status).toBe(401);
      expect((await request(`/api/preview?secret=${PREVIEW_SECRET}&secret=${PREVIEW_SECRET}&type=news-item&documentId=${ids.news}`)).status).toBe(401);
      count('/api/preview (secrets)', secrets.length + 2);
    });

    test('forged, expired, re-targeted and tampered preview tokens are 401; a valid one opens its entry only', async () => {
      const later = Date.now() + 30 * 60_000;
      const valid = token(subject(ids.news!, later));
      expect((await page(ids.news!, { expires: String(later), token: valid })).status).toBe(200);
      // Replayed within its hour, it opens the same entry again: that is the link the editor was given.
      expect((await page(ids.news!, { expires: String(later), token: valid })).status).toBe(200);
      const past = Date.now() - 1_000;
      const refused: Array<[string, string, Record<string, string>]> = [
        ['forged', ids.news!, { expires: String(later), token: '0'.repeat(64) }],
        ['signed with another secret', ids.news!, { expires: String(later), token: token(subject(ids.news!, later), 'guess') }],
        ['expired, correctly signed', ids.news!, { expires: String(past), token: token(subject(ids.news!, past)) }],
        ['another entry\u2019s token', ids.event!, { expires: String(later), token: valid }],
        ['expiry moved later', ids.news!, { expires: String(later + 3_600_000), token: valid }],
        ['draft token used for published', ids.news!, { expires: String(later), token: valid, status: 'published' }],
        ['expiry not a number', ids.news!, { expires: 'Infinity', token: valid }],
        ['expiry far beyond safe integers', ids.news!, { expires: '1e400', token: valid }],
        ['token missing', ids.news!, { expires: String(later) }],
        ['token as markup', ids.news!, { expires: String(later), token: '<script>alert(1)</script>' }],
      ];
      for (const [what, documentId, params] of refused) {
        const answer = await page(documentId, params);
        expect([400, 401], what).toContain(answer.status);
        expect(answer.body, what).not.toContain('quokka');
      }
      count('/preview/* (tokens)', 2 + refused.length);
    });
  });

  describe('path tricks and oversized input', () => {
    const slugs = [
      '..%2F..%2F..%2Fetc%2Fpasswd',
      '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '..%5C..%5Cwindows%5Cwin.ini',
      'hostile%E2%80%90news',
      'hostile%E2%80%8Bnews',
      'HOSTILE-NEWS',
      'hostile-news%00',
      'hostile-news%0d%0aSet-Cookie:x=1',
      '%C0%AE%C0%AE%C0%AF',
      '%ff%fe',
      'h%C3%B6stile-news',
      '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'hostile-news%2F..%2F..%2Fadmin',
      'ho%CC%88stile',
      '%EF%BC%8E%EF%BC%8E%EF%BC%8F',
    ];

    test.each(['news', 'events', 'vacancies', 'briefs', 'leadership', 'pl/news'])('slugs under /%s: traversal and unicode tricks are 4xx', async (list) => {
      for (const slug of slugs) {
        const answer = await request(`/${list}/${slug}`);
        expect([400, 404], `${list}/${slug}`).toContain(answer.status);
        expect(answer.body).not.toContain('quokka');
        expect(answer.body).not.toMatch(/<script>alert/);
      }
      count('entry pages (slugs)', slugs.length);
    });

    test('uploads and feeds refuse paths that leave their folder', async () => {
      const paths = ['/uploads/..%2F..%2Fpackage.json', '/uploads/%2e%2e/%2e%2e/config/database.js', '/uploads/..%5C..%5C.env', '/uploads/%00', '/feeds/..%2Fnews.xml', '/feeds/pl/..%2F..%2Fnews.xml', '/feeds/xx/news.xml', '/feeds/news.json', '/feeds/%2e%2e%2fall.xml'];
      for (const path of paths) {
        const answer = await request(path);
        expect([400, 403, 404], path).toContain(answer.status);
        expect(answer.body).not.toMatch(/"dependencies"|DATABASE_|connection:/);
      }
      count('/uploads/* and /feeds/* (paths)', paths.length);
    });

    test('100 kB query strings are refused with a 4xx, everywhere', async () => {
      const huge = 'a'.repeat(100 * 1024);
      const targets = ['/search?q=', '/news?page=', '/news/hostile-news?x=', '/feeds/news.xml?x=', '/api/preview?secret=', '/_health?x=', '/api/newsletter/preferences?token=', '/?utm_source='];
      for (const target of targets) {
        const answer = await request(`${target}${huge}`);
        expect(answer.status, target).toBeGreaterThanOrEqual(400);
      }
      // Just under Node's header limit, the search answers (the CMS cuts the words to its limit) or refuses.
      const long = await request(`/search?q=${'a'.repeat(12 * 1024)}`);
      expect([200, 400]).toContain(long.status);
      const deep = await request(`/news?${'a['.repeat(500)}=1`);
      expect(deep.status).toBeLessThan(500);
      count('any route (oversized query)', targets.length + 2);
    });

    test('oversized and malformed newsletter form bodies are answered without a 500', async () => {
      const bodies: Array<[string, string]> = [
        ['application/x-www-form-urlencoded', `email=${'a'.repeat(200_000)}@example.test`],
        ['application/x-www-form-urlencoded', 'topics[]=briefs&topics[][a]=1&__proto__[x]=1'],
        ['application/json', '{"email":'],
        ['application/json', JSON.stringify({ email: ['a@b.test', 'c@d.test'], topics: { $ne: null } })],
        ['text/plain', '<script>alert(1)</script>'],
        ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\n<script>\r\n--x--'],
      ];
      for (const action of ['subscribe', 'confirm', 'unsubscribe', 'preferences']) {
        for (const [type, body] of bodies) {
          const answer = await request(`/api/newsletter/${action}`, { method: 'POST', headers: { 'content-type': type }, body });
          expect(answer.status, `${action} ${type}`).toBeGreaterThanOrEqual(300);
          expect(answer.status).toBeLessThan(500);
          expectLocalRedirect(answer.location, action);
          expectNoInjection(answer.body, action);
        }
      }
      count('/api/newsletter/* (bodies)', bodies.length * 4);
    });
  });
});
