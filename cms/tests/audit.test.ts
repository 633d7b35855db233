import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin, type AdminSession } from '../../scripts/testing/admin-api.ts';
import { startTestCms, type TestCms } from '../../scripts/testing/cms-server.ts';
import { testDatabaseKinds } from '../../scripts/testing/databases.ts';

/** The audit log: who published, unpublished or deleted what and when, read by comms officers. */
const databases = await testDatabaseKinds();

const NEWS = 'api::news-item.news-item';
const AUDIT_ENTRY = 'api::audit-entry.audit-entry';
const DEMO_PASSWORD = 'Blmk-demo-2026';

interface AuditEntry {
  documentId: string;
  action: string;
  subjectType: string;
  subjectDocumentId: string;
  subjectLocale: string | null;
  subjectTitle: string | null;
  actorKind: string;
  actorEmail: string | null;
  occurredAt: string;
}
interface AuditPage {
  data: AuditEntry[];
  meta: { pagination: { page: number; pageSize: number; total: number; pageCount: number } };
}

const cm = (uid: string, rest = '') => `/content-manager/collection-types/${uid}${rest}?locale=en`;

describe.each(databases)('the audit log on %s', (database) => {
  let cms: TestCms;
  let comms: AdminSession;
  let documentId: string;
  const title = `Audited story ${Date.now()}`;

  beforeAll(async () => {
    cms = await startTestCms({ database, seed: true, env: { BLMK_DEMO_USERS: '1' } });
    comms = await adminLogin(cms.url, { email: 'comms@blmk.local', password: DEMO_PASSWORD });
  });
  afterAll(() => cms?.destroy());

  const audit = (query = '') => comms.request<AuditPage>('GET', `/blmk/audit${query}`);

  test('the seed import is not an editorial act and leaves no publish entries', async () => {
    const reply = await audit('?action=publish');
    expect(reply.status).toBe(200);
    expect(reply.body.meta.pagination.total).toBe(0);
  });

  test('records who published, unpublished and deleted an entry, newest first', async () => {
    const created = await comms.request<{ data: { documentId: string } }>('POST', cm(NEWS), { title, slug: `audited-${Date.now()}` });
    expect(created.status).toBe(201);
    documentId = created.body.data.documentId;
    expect((await comms.request('POST', cm(NEWS, `/${documentId}/actions/publish`), {})).status).toBe(200);
    expect((await comms.request('POST', cm(NEWS, `/${documentId}/actions/unpublish`), {})).status).toBe(200);
    expect((await comms.request('DELETE', cm(NEWS, `/${documentId}`))).status).toBe(200);

    const reply = await audit(`?model=${NEWS}`);
    expect(reply.status).toBe(200);
    const mine = reply.body.data.filter((entry) => entry.subjectDocumentId === documentId);
    expect(mine.map((entry) => entry.action)).toEqual(['delete', 'unpublish', 'publish']);
    for (const entry of mine) {
      expect(entry).toMatchObject({
        subjectType: NEWS,
        subjectLocale: 'en',
        subjectTitle: title,
        actorKind: 'admin',
        actorEmail: 'comms@blmk.local',
      });
      expect(Date.now() - Date.parse(entry.occurredAt)).toBeLessThan(5 * 60_000);
    }
  });

  test('filters by action and pages', async () => {
    const published = await audit('?action=publish');
    expect(published.body.data.map((entry) => entry.action)).toEqual(['publish']);
    const firstPage = await audit(`?model=${NEWS}&pageSize=2`);
    expect(firstPage.body.meta.pagination).toEqual({ page: 1, pageSize: 2, total: 3, pageCount: 2 });
    const secondPage = await audit(`?model=${NEWS}&pageSize=2&page=2`);
    expect(secondPage.body.data.map((entry) => entry.action)).toEqual(['publish']);
  });

  test('refuses a malformed query with a reason', async () => {
    for (const [query, reason] of [
      ['?page=0', /page must be a whole number/],
      ['?pageSize=500', /pageSize must be a whole number from 1 to 100/],
      ['?model=api::nothing.nothing', /model must be a content type/],
      ['?action=DROP%20TABLE', /action must be a lower-case verb/],
    ] as const) {
      const reply = await comms.request<{ error: { message: string } }>('GET', `/blmk/audit${query}`);
      expect(reply.status, query).toBe(400);
      expect(reply.body.error.message).toMatch(reason);
    }
  });

  test('comms officers read the log in the Content Manager but cannot change it', async () => {
    const list = await comms.request<{ results: Array<{ documentId: string }> }>('GET', cm(AUDIT_ENTRY).replace('?locale=en', ''));
    expect(list.status).toBe(200);
    const [first] = list.body.results;
    expect(first).toBeDefined();
    const path = `/content-manager/collection-types/${AUDIT_ENTRY}/${first!.documentId}`;
    expect((await comms.request('PUT', path, { action: 'forged' })).status).toBe(403);
    expect((await comms.request('DELETE', path)).status).toBe(403);
  });

  test('recruiters and contributors cannot read it', async () => {
    for (const email of ['recruiter@blmk.local', 'contributor@blmk.local']) {
      const session = await adminLogin(cms.url, { email, password: DEMO_PASSWORD });
      expect((await session.request('GET', '/blmk/audit')).status, email).toBe(403);
    }
  });
});
