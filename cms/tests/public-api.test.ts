import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin, type AdminSession } from '../../scripts/testing/admin-api.ts';
import { startTestCms, type TestCms } from '../../scripts/testing/cms-server.ts';
import { testDatabaseKinds } from '../../scripts/testing/databases.ts';

const databases = await testDatabaseKinds();

interface ListBody {
  data: Array<Record<string, unknown>>;
  meta: { pagination: { total: number } };
}

async function publicGet(cms: TestCms, path: string): Promise<{ status: number; body: ListBody }> {
  const response = await fetch(`${cms.url}${path}`);
  return { status: response.status, body: (await response.json()) as ListBody };
}

describe.each(databases)('public API on %s', (database) => {
  let cms: TestCms;
  let admin: AdminSession;

  beforeAll(async () => {
    cms = await startTestCms({ database, seed: false });
    admin = await adminLogin(cms.url);
  });
  afterAll(() => cms?.destroy());

  test('a draft created by an editor never reaches the public API', async () => {
    const created = await admin.request<{ data: { documentId: string } }>(
      'POST',
      '/content-manager/collection-types/api::news-item.news-item',
      { title: 'Embargoed: hospital merger date agreed', slug: 'embargoed-merger-date' },
    );
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;

    const bySlug = await publicGet(cms, '/api/news-items?filters[slug][$eq]=embargoed-merger-date');
    expect(bySlug.status).toBe(200);
    expect(bySlug.body.data).toEqual([]);

    const asDraft = await publicGet(cms, '/api/news-items?status=draft');
    expect(asDraft.status).toBe(200);
    expect(asDraft.body.data.map((item) => item.documentId)).not.toContain(documentId);

    const single = await fetch(`${cms.url}/api/news-items/${documentId}?status=draft`);
    expect(single.status).toBe(404);

    const published = await admin.request(
      'POST',
      `/content-manager/collection-types/api::news-item.news-item/${documentId}/actions/publish`,
      { title: 'Embargoed: hospital merger date agreed', slug: 'embargoed-merger-date' },
    );
    expect(published.status).toBe(200);
    const afterPublish = await publicGet(cms, '/api/news-items?filters[slug][$eq]=embargoed-merger-date');
    expect(afterPublish.body.data.map((item) => item.documentId)).toEqual([documentId]);
  });

  test('the CMS offers the site languages, English by default', async () => {
    const locales = await admin.request<Array<{ code: string; isDefault: boolean }>>('GET', '/i18n/locales');
    expect(locales.body.map((locale) => locale.code).sort()).toEqual(['en', 'pl', 'ro', 'ur']);
    expect(locales.body.find((locale) => locale.isDefault)?.code).toBe('en');
  });

  test.each([
    ['POST', '/api/news-items'],
    ['PUT', '/api/news-items/any'],
    ['DELETE', '/api/news-items/any'],
    ['POST', '/api/briefs'],
    ['POST', '/api/vacancies'],
    ['POST', '/api/auth/local/register'],
    ['GET', '/api/users'],
    ['POST', '/api/upload'],
  ])('the public cannot %s %s', async (method, path) => {
    const response = await fetch(`${cms.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'GET' ? undefined : JSON.stringify({ data: { title: 'x', username: 'x', email: 'x@example.org', password: 'Secret-123' } }),
    });
    expect([401, 403, 405]).toContain(response.status);
  });

  test.each(['news-items', 'briefs', 'vacancies', 'leadership-updates', 'events', 'organisations', 'priorities', 'people'])(
    'the public can list %s',
    async (plural) => {
      const response = await publicGet(cms, `/api/${plural}`);
      expect(response.status).toBe(200);
      expect(Array.isArray(response.body.data)).toBe(true);
    },
  );
});
