import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin, type AdminSession } from '../../scripts/testing/admin-api.ts';
import { startTestCms, type TestCms } from '../../scripts/testing/cms-server.ts';
import { testDatabaseKinds } from '../../scripts/testing/databases.ts';
import { runSql } from '../../scripts/testing/sql.ts';

const databases = await testDatabaseKinds();

const NEWS_UID = 'api::news-item.news-item';
const NEWS = `/content-manager/collection-types/${NEWS_UID}`;

interface RevisionSummary {
  id: number;
  action: string;
  status: string;
  subjectLocale: string;
  authorKind: string;
  authorEmail: string | null;
  restoredFrom: number | null;
  changedFields: string[] | null;
  savedAt: string;
}

interface Diff {
  from: RevisionSummary;
  to: RevisionSummary;
  changes: Array<{ field: string; before: unknown; after: unknown }>;
}

const newsItem = (title: string, summary: string) => ({ title, slug: 'ward-reopens', summary });

/** An admin user with Strapi's own Editor role: may edit content, but is no comms officer. */
async function editorSession(cms: TestCms, admin: AdminSession): Promise<AdminSession> {
  const roles = await admin.request<{ data: Array<{ id: number; code: string }> }>('GET', '/admin/roles');
  const editorRole = roles.body.data.find((role) => role.code === 'strapi-editor');
  expect(editorRole).toBeDefined();
  const email = 'editor@blmk.test';
  const created = await admin.request<{ data: { registrationToken: string } }>('POST', '/admin/users', {
    firstname: 'Ed',
    lastname: 'Itor',
    email,
    roles: [editorRole?.id],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const password = 'Editor-pass-2026';
  const registered = await fetch(`${cms.url}/admin/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ registrationToken: created.body.data.registrationToken, userInfo: { firstname: 'Ed', lastname: 'Itor', password } }),
  });
  expect(registered.status).toBe(200);
  return adminLogin(cms.url, { email, password });
}

describe.each(databases)('revision history on %s', (database) => {
  let cms: TestCms;
  let admin: AdminSession;
  let documentId: string;

  const list = async () => {
    const response = await admin.request<{ data: RevisionSummary[] }>('GET', `/blmk/revisions/${NEWS_UID}/${documentId}?locale=en`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.data;
  };

  beforeAll(async () => {
    cms = await startTestCms({ database, seed: false });
    admin = await adminLogin(cms.url);
    const created = await admin.request<{ data: { documentId: string } }>('POST', NEWS, newsItem('Ward reopens', 'The ward reopens in June.'));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    documentId = created.body.data.documentId;
  });
  afterAll(() => cms?.destroy());

  test('every save keeps a version with its author; a diff shows the changed field', async () => {
    const first = await admin.request('PUT', `${NEWS}/${documentId}`, newsItem('Ward 7 reopens', 'The ward reopens in June.'));
    expect(first.status).toBe(200);
    const second = await admin.request('PUT', `${NEWS}/${documentId}`, newsItem('Ward 7 reopens', 'The ward reopens on 4 June.'));
    expect(second.status).toBe(200);

    const revisions = await list();
    expect(revisions.map((revision) => revision.action)).toEqual(['update', 'update', 'create']);
    for (const revision of revisions) {
      expect(revision).toMatchObject({ authorKind: 'admin', authorEmail: 'admin@blmk.test', subjectLocale: 'en', status: 'draft' });
      expect(Number.isNaN(Date.parse(revision.savedAt))).toBe(false);
    }
    expect(revisions[0]?.changedFields).toEqual(['summary']);
    expect(revisions[1]?.changedFields).toEqual(['title']);

    const [, middle, oldest] = revisions;
    const diff = await admin.request<{ data: Diff }>('GET', `/blmk/revisions/${oldest?.id}/diff/${middle?.id}`);
    expect(diff.status).toBe(200);
    expect(diff.body.data.changes).toEqual([{ field: 'title', before: 'Ward reopens', after: 'Ward 7 reopens' }]);

    const one = await admin.request<{ data: { snapshot: Record<string, unknown> } }>('GET', `/blmk/revisions/${oldest?.id}`);
    expect(one.body.data.snapshot).toMatchObject({ title: 'Ward reopens', summary: 'The ward reopens in June.', slug: 'ward-reopens' });
  });

  test('restore writes the old version back as the draft and is itself a revision', async () => {
    const before = await list();
    const oldest = before.at(-1);
    const restored = await admin.request<{ data: RevisionSummary }>('POST', `/blmk/revisions/${oldest?.id}/restore`);
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect(restored.body.data).toMatchObject({ action: 'restore', restoredFrom: oldest?.id, authorEmail: 'admin@blmk.test' });

    const draft = await admin.request<{ data: { title: string; summary: string } }>('GET', `${NEWS}/${documentId}`);
    expect(draft.body.data).toMatchObject({ title: 'Ward reopens', summary: 'The ward reopens in June.' });

    const after = await list();
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]?.changedFields?.sort()).toEqual(['summary', 'title']);
    // Nothing is lost: the version the restore replaced is still there to restore.
    const replaced = await admin.request<{ data: { snapshot: Record<string, unknown> } }>('GET', `/blmk/revisions/${before[0]?.id}`);
    expect(replaced.body.data.snapshot).toMatchObject({ title: 'Ward 7 reopens', summary: 'The ward reopens on 4 June.' });
  });

  test('publishing keeps a published version', async () => {
    const published = await admin.request('POST', `${NEWS}/${documentId}/actions/publish`, newsItem('Ward reopens', 'The ward reopens in June.'));
    expect(published.status).toBe(200);
    const revisions = await list();
    expect(revisions[0]).toMatchObject({ action: 'publish', status: 'published' });
  });

  test('restore brings back components and relations too', async () => {
    const organisation = await admin.request<{ data: { documentId: string } }>(
      'POST',
      '/content-manager/collection-types/api::organisation.organisation',
      { name: 'Luton Council', slug: 'luton-council', kind: 'council' },
    );
    expect(organisation.status, JSON.stringify(organisation.body)).toBe(201);
    const organisationId = organisation.body.data.documentId;
    const created = await admin.request<{ data: { documentId: string } }>('POST', NEWS, {
      title: 'Clinic hours extended',
      slug: 'clinic-hours',
      organisations: { connect: [{ documentId: organisationId, locale: 'en' }] },
      sources: [{ label: 'Council minutes, 3 May', url: 'https://example.org/minutes' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.data.documentId;
    const path = `/blmk/revisions/${NEWS_UID}/${id}?locale=en`;
    const cleared = await admin.request('PUT', `${NEWS}/${id}`, {
      title: 'Clinic hours extended',
      slug: 'clinic-hours',
      organisations: { disconnect: [{ documentId: organisationId, locale: 'en' }] },
      sources: [],
    });
    expect(cleared.status, JSON.stringify(cleared.body)).toBe(200);
    const revisions = (await admin.request<{ data: RevisionSummary[] }>('GET', path)).body.data;
    expect(revisions[0]?.changedFields?.sort()).toEqual(['organisations', 'sources']);

    const restored = await admin.request<{ data: RevisionSummary }>('POST', `/blmk/revisions/${revisions.at(-1)?.id}/restore`);
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    // The restore revision is read back from the database after the write.
    const latest = await admin.request<{ data: { snapshot: Record<string, unknown> } }>('GET', `/blmk/revisions/${restored.body.data.id}`);
    expect(latest.body.data.snapshot).toMatchObject({
      organisations: [{ documentId: organisationId, locale: 'en' }],
      sources: [{ label: 'Council minutes, 3 May', url: 'https://example.org/minutes', note: null }],
    });
    const draft = await admin.request<{ data: { sources: Array<{ label: string }> } }>('GET', `${NEWS}/${id}`);
    expect(draft.body.data.sources.map((source) => source.label)).toEqual(['Council minutes, 3 May']);
  });

  test('each language has its own history', async () => {
    const polish = await admin.request('PUT', `${NEWS}/${documentId}?locale=pl`, { title: 'Oddział ponownie otwarty', slug: 'oddzial-otwarty' });
    expect(polish.status, JSON.stringify(polish.body)).toBe(200);
    const pl = await admin.request<{ data: RevisionSummary[] }>('GET', `/blmk/revisions/${NEWS_UID}/${documentId}?locale=pl`);
    expect(pl.body.data.map((revision) => [revision.action, revision.subjectLocale])).toEqual([['update', 'pl']]);
    const one = await admin.request<{ data: { snapshot: Record<string, unknown> } }>('GET', `/blmk/revisions/${pl.body.data[0]?.id}`);
    expect(one.body.data.snapshot).toMatchObject({ title: 'Oddział ponownie otwarty' });
    expect((await list()).every((revision) => revision.subjectLocale === 'en')).toBe(true);
  });

  test('an entry saved before history existed keeps its old state as a baseline on its first save', async () => {
    const created = await admin.request<{ data: { documentId: string } }>('POST', NEWS, { title: 'Old story', slug: 'old-story' });
    const id = created.body.data.documentId;
    // As if the entry predated revision history.
    await runSql(cms.database, 'DELETE FROM revisions WHERE subject_document_id = ?', [id]);
    await admin.request('PUT', `${NEWS}/${id}`, { title: 'Old story, updated', slug: 'old-story' });
    const revisions = (await admin.request<{ data: RevisionSummary[] }>('GET', `/blmk/revisions/${NEWS_UID}/${id}?locale=en`)).body.data;
    expect(revisions.map((revision) => revision.action)).toEqual(['update', 'baseline']);
    const baseline = await admin.request<{ data: { snapshot: Record<string, unknown> } }>('GET', `/blmk/revisions/${revisions[1]?.id}`);
    expect(baseline.body.data.snapshot).toMatchObject({ title: 'Old story' });
  });

  test('bad requests get clear errors', async () => {
    const wrongType = await admin.request<{ error: { message: string } }>('GET', `/blmk/revisions/api::person.person/${documentId}`);
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.message).toMatch(/no revision history/);
    expect((await admin.request('GET', '/blmk/revisions/not-a-number')).status).toBe(400);
    expect((await admin.request('GET', '/blmk/revisions/99999999')).status).toBe(404);
    expect((await admin.request('POST', '/blmk/revisions/99999999/restore')).status).toBe(404);
    expect((await admin.request('GET', `/blmk/revisions/${NEWS_UID}/${documentId}?locale=not a locale`)).status).toBe(400);

    const other = await admin.request<{ data: { documentId: string } }>('POST', NEWS, { title: 'Other story', slug: 'other-story' });
    const otherRevisions = await admin.request<{ data: RevisionSummary[] }>('GET', `/blmk/revisions/${NEWS_UID}/${other.body.data.documentId}`);
    const mine = await list();
    const crossDiff = await admin.request('GET', `/blmk/revisions/${mine[0]?.id}/diff/${otherRevisions.body.data[0]?.id}`);
    expect(crossDiff.status).toBe(400);
  });

  test('revisions are not public and not for editors without the comms officer role', async () => {
    expect([403, 404]).toContain((await fetch(`${cms.url}/api/revisions`)).status);
    expect((await fetch(`${cms.url}/blmk/revisions/${NEWS_UID}/${documentId}`)).status).toBe(401);
    const editor = await editorSession(cms, admin);
    expect((await editor.request('GET', `/blmk/revisions/${NEWS_UID}/${documentId}`)).status).toBe(403);
    const [latest] = await list();
    expect((await editor.request('POST', `/blmk/revisions/${latest?.id}/restore`)).status).toBe(403);
  });
});
