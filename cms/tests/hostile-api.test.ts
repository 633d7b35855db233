// The CMS's public API against what an attacker sends: populate, filters and sorts aimed
// at private data (admin users, subscribers, drafts), pagination past its limits, huge and
// deeply nested query strings, malformed and oversized bodies, path tricks. Each must
// answer with a clear 4xx or a safe result: never a 500, never a leak.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin, type AdminSession } from '../../scripts/testing/admin-api.ts';
import { startTestCms, TEST_ADMIN, type TestCms } from '../../scripts/testing/cms-server.ts';
import { testDatabaseKinds } from '../../scripts/testing/databases.ts';

const databases = await testDatabaseKinds();

const PUBLISHED = { title: 'Hostile input: published item', slug: 'hostile-published' };
const DRAFT = { title: 'Hostile input: embargoed draft', slug: 'hostile-embargoed-draft' };

/** Strings that must never appear in a public answer. */
const SECRETS = [TEST_ADMIN.email, DRAFT.title, '$2a$', '$2b$', 'resetPasswordToken', 'registrationToken'];

interface Answer {
  status: number;
  text: string;
}

async function get(cms: TestCms, path: string): Promise<Answer> {
  const response = await fetch(`${cms.url}${path}`);
  return { status: response.status, text: await response.text() };
}

function expectSafe(answer: Answer): void {
  expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500);
  for (const secret of SECRETS) expect(answer.text).not.toContain(secret);
}

/** A 4xx, or a 200 whose items are only the published ones. */
function expectRefusedOrPublic(answer: Answer): void {
  expectSafe(answer);
  if (answer.status === 200) {
    const { data } = JSON.parse(answer.text) as { data: Array<{ slug?: string }> | { slug?: string } | null };
    const slugs = (Array.isArray(data) ? data : data ? [data] : []).map((item) => item.slug);
    for (const slug of slugs) expect(slug).toBe(PUBLISHED.slug);
  } else {
    expect(answer.status).toBeGreaterThanOrEqual(400);
  }
}

describe.each(databases)('the public API under hostile input, on %s', (database) => {
  let cms: TestCms;
  let admin: AdminSession;

  beforeAll(async () => {
    cms = await startTestCms({ database, seed: false, env: { NEWSLETTER_SECRET: 'hostile-input-test-newsletter-secret' } });
    admin = await adminLogin(cms.url);
    const collection = '/content-manager/collection-types/api::news-item.news-item';
    const published = await admin.request<{ data: { documentId: string } }>('POST', collection, PUBLISHED);
    expect(published.status).toBe(201);
    expect((await admin.request('POST', `${collection}/${published.body.data.documentId}/actions/publish`, PUBLISHED)).status).toBe(200);
    expect((await admin.request('POST', collection, DRAFT)).status).toBe(201);
  });
  afterAll(() => cms?.destroy());

  test.each([
    ['populate the admin who created it', '/api/news-items?populate[createdBy]=true'],
    ['populate every relation', '/api/news-items?populate=*'],
    ['populate through localizations', '/api/news-items?populate[localizations][populate][createdBy]=true'],
    ['populate nested updatedBy roles', '/api/news-items?populate[updatedBy][populate][roles][populate]=*'],
    ['filter on the creator e-mail', `/api/news-items?filters[createdBy][email][$eq]=${encodeURIComponent(TEST_ADMIN.email)}`],
    ['filter on the creator password', '/api/news-items?filters[createdBy][password][$notNull]=true'],
    ['sort by the creator e-mail', '/api/news-items?sort=createdBy.email:asc'],
    ['ask for drafts', '/api/news-items?status=draft'],
    ['ask for drafts with everything populated', '/api/news-items?status=draft&populate=*'],
    ['ask for a draft by slug', `/api/news-items?status=draft&filters[slug][$eq]=${DRAFT.slug}`],
    ['select a private field', '/api/news-items?fields[0]=createdBy'],
    ['an unknown operator', '/api/news-items?filters[title][$where]=1'],
    ['a raw SQL fragment in a filter', `/api/news-items?filters[slug][$eq]=${encodeURIComponent("x' OR '1'='1")}`],
    ['path traversal in a slug filter', `/api/news-items?filters[slug][$eq]=${encodeURIComponent('../../../../etc/passwd')}`],
    ['path traversal as a document id', '/api/news-items/..%2F..%2F..%2Fetc%2Fpasswd'],
    ['unicode look-alikes in a slug', `/api/news-items?filters[slug][$eq]=${encodeURIComponent('hostile\u2010published')}`],
  ])('%s: refused or public only', async (_what, path) => {
    expectRefusedOrPublic(await get(cms, path));
  });

  test('the creator filter is no oracle: true and false guesses answer alike', async () => {
    const right = await get(cms, `/api/news-items?filters[createdBy][email][$startsWith]=${TEST_ADMIN.email.slice(0, 3)}`);
    const wrong = await get(cms, '/api/news-items?filters[createdBy][email][$startsWith]=zzz');
    expect(right.status).toBe(wrong.status);
    if (right.status === 200) expect(JSON.parse(right.text).data).toEqual(JSON.parse(wrong.text).data);
  });

  test.each(['subscribers', 'audit-entries', 'revisions', 'newsletter-sends', 'newsletter-deliveries', 'users', 'users/me'])(
    'GET /api/%s is closed to the public',
    async (plural) => {
      const answer = await get(cms, `/api/${plural}`);
      expectSafe(answer);
      expect([401, 403, 404, 405]).toContain(answer.status);
    },
  );

  test.each([
    ['a huge page size', '/api/news-items?pagination[pageSize]=1000000'],
    ['a negative limit', '/api/news-items?pagination[limit]=-1'],
    ['a huge limit', '/api/news-items?pagination[start]=0&pagination[limit]=1000000'],
  ])('%s is capped at the maximum page size', async (_what, path) => {
    const answer = await get(cms, path);
    expectSafe(answer);
    if (answer.status === 200) {
      const body = JSON.parse(answer.text) as { data: unknown[]; meta: { pagination: { pageSize?: number; limit?: number } } };
      expect(body.data.length).toBeLessThanOrEqual(100);
      expect(body.meta.pagination.pageSize ?? body.meta.pagination.limit ?? 0).toBeLessThanOrEqual(100);
    } else {
      expect(answer.status).toBe(400);
    }
  });

  test.each([
    ['a negative page', '/api/news-items?pagination[page]=-3'],
    ['a page that is not a number', '/api/news-items?pagination[page]=two'],
    ['a page far beyond the end', '/api/news-items?pagination[page]=99999999'],
  ])('%s answers 400 or an empty page', async (_what, path) => {
    const answer = await get(cms, path);
    expectRefusedOrPublic(answer);
  });

  test('a 100 kB query string is refused with a 4xx', async () => {
    const answer = await get(cms, `/api/news-items?filters[title][$eq]=${'a'.repeat(100_000)}`);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
  });

  test('deeply nested filters are refused or read safely', async () => {
    const nested = `${'[$and][0]'.repeat(40)}[title][$eq]=x`;
    expectRefusedOrPublic(await get(cms, `/api/news-items?filters${nested}`));
    const populate = `${'[populate][localizations]'.repeat(20)}`;
    expectRefusedOrPublic(await get(cms, `/api/news-items?populate[localizations]${populate}=true`));
  });

  describe('the newsletter endpoints', () => {
    const subscribe = (body: string, contentType = 'application/json') =>
      fetch(`${cms.url}/api/newsletter/subscribe`, { method: 'POST', headers: { 'content-type': contentType }, body });

    test('invalid JSON is a 400', async () => {
      const response = await subscribe('{"email": "a@example.org", ');
      expect(response.status).toBe(400);
    });

    test('a body that is not JSON or a form is refused', async () => {
      const response = await subscribe('email=a@example.org', 'application/xml');
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    });

    test('an oversized body is a 413 and nothing is stored', async () => {
      const response = await subscribe(JSON.stringify({ email: 'big@example.org', topics: ['briefs'], padding: 'x'.repeat(5 * 1024 * 1024) }));
      expect(response.status).toBe(413);
      expect((await admin.request('GET', '/blmk/newsletter/subscribers/export?email=big@example.org')).status).toBe(404);
    });

    test.each([
      ['markup as the address', { email: '<script>alert(1)</script>@example.org', topics: ['briefs'] }],
      ['an address as an object', { email: { $ne: null }, topics: ['briefs'] }],
      ['topics as a string of markup', { email: 'x@example.org', topics: '<img src=x onerror=alert(1)>' }],
      ['an unknown language', { email: 'x@example.org', topics: ['briefs'], locale: '../../etc' }],
    ])('%s is a 400 naming the field, with the input not echoed as markup', async (_what, body) => {
      const response = await subscribe(JSON.stringify(body));
      const text = await response.text();
      expect(response.status).toBe(400);
      expect(text).not.toContain('<script>');
      expect(text).not.toContain('<img');
      expect(JSON.parse(text).error.details.errors.length).toBeGreaterThan(0);
    });

    test.each(['/api/newsletter/confirm', '/api/newsletter/unsubscribe', '/api/newsletter/preferences'])(
      'POST %s with a forged token is refused without a 500',
      async (path) => {
        const response = await fetch(`${cms.url}${path}?token=${encodeURIComponent('forged.token.value')}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ token: 'forged.token.value', topics: ['briefs'] }),
        });
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
      },
    );
  });

  test.each(['/uploads/../config/database.js', '/uploads/%2e%2e/%2e%2e/package.json', '/uploads/..%2f..%2fpackage.json', '/uploads/%00.png'])(
    'GET %s does not escape the uploads folder',
    async (path) => {
      const answer = await get(cms, path);
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(answer.text).not.toContain('"dependencies"');
      expect(answer.text).not.toContain('DATABASE_');
    },
  );
});
