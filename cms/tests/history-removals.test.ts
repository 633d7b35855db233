import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin, type AdminSession } from '../../scripts/testing/admin-api.ts';
import { startTestCms, type TestCms } from '../../scripts/testing/cms-server.ts';
import { testDatabaseKinds } from '../../scripts/testing/databases.ts';
import { DEMO } from './demo-users.ts';

/**
 * Complete history: unpublish, discard and delete keep what they take away; a deleted
 * entry is listed for comms officers and restored as a draft with its locales and the
 * relations whose targets still exist (the others reported); the edit view's warnings
 * come from the rules on the current draft.
 */
const databases = await testDatabaseKinds();

const NEWS_UID = 'api::news-item.news-item';
const NEWS = `/content-manager/collection-types/${NEWS_UID}`;
const EVENT_UID = 'api::event.event';
const EVENTS = `/content-manager/collection-types/${EVENT_UID}`;
const ORGANISATIONS = '/content-manager/collection-types/api::organisation.organisation';

interface RevisionSummary {
  id: number;
  action: string;
  status: string;
  subjectLocale: string;
  authorEmail: string | null;
  batchId: string | null;
  restoredFrom: number | null;
}

interface DeletedEntry {
  id: number;
  contentType: string;
  documentId: string;
  title: string | null;
  locales: string[];
  deletedBy: { kind: string; email: string | null };
  deletedAt: string;
}

interface RestoreReport {
  documentId: string;
  restoredLocales: string[];
  status: string;
  notRestored: Array<{ field: string; target: string; documentId?: string; locale?: string | null }>;
}

let slugCount = 0;
const unique = (base: string) => `${base}-${++slugCount}`;

describe.each(databases)('complete history on %s', (database) => {
  let cms: TestCms;
  let admin: AdminSession;
  let comms: AdminSession;

  const revisions = async (uid: string, documentId: string, locale: string) => {
    const response = await comms.request<{ data: RevisionSummary[] }>('GET', `/blmk/revisions/${uid}/${documentId}?locale=${locale}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.data;
  };
  const snapshotOf = async (id: number) =>
    (await comms.request<{ data: { snapshot: Record<string, unknown> } }>('GET', `/blmk/revisions/${id}`)).body.data.snapshot;
  const deletedEntries = async () => {
    const response = await comms.request<{ data: DeletedEntry[] }>('GET', '/blmk/deleted-entries');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.data;
  };
  const organisation = async (name: string) => {
    const created = await comms.request<{ data: { documentId: string } }>('POST', `${ORGANISATIONS}?locale=en`, { name, slug: unique('org'), kind: 'council' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const polish = await comms.request('PUT', `${ORGANISATIONS}/${created.body.data.documentId}?locale=pl`, { name: `${name} (pl)`, slug: unique('org-pl'), kind: 'council' });
    expect(polish.status, JSON.stringify(polish.body)).toBe(200);
    return created.body.data.documentId;
  };
  /** A news item in English and Polish, each linked to the given organisations in its language. */
  const bilingualStory = async (title: string, organisations: string[]) => {
    const created = await comms.request<{ data: { documentId: string } }>('POST', `${NEWS}?locale=en`, {
      title,
      slug: unique('story'),
      summary: `${title}, in English.`,
      organisations: { connect: organisations.map((documentId) => ({ documentId, locale: 'en' })) },
      sources: [{ label: 'Board papers', url: 'https://example.org/board' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { documentId } = created.body.data;
    const polish = await comms.request('PUT', `${NEWS}/${documentId}?locale=pl`, {
      title: `${title} (pl)`,
      slug: unique('historia'),
      summary: 'Po polsku.',
      organisations: { connect: organisations.map((id) => ({ documentId: id, locale: 'pl' })) },
    });
    expect(polish.status, JSON.stringify(polish.body)).toBe(200);
    return documentId;
  };

  beforeAll(async () => {
    cms = await startTestCms({ database, seed: false, env: { BLMK_DEMO_USERS: '1' } });
    admin = await adminLogin(cms.url);
    comms = await adminLogin(cms.url, DEMO.comms);
  });
  afterAll(() => cms?.destroy());

  test('unpublish keeps the published version and discard the draft it throws away', async () => {
    const created = await comms.request<{ data: { documentId: string } }>('POST', `${NEWS}?locale=en`, { title: 'Clinic opens', slug: unique('clinic') });
    const id = created.body.data.documentId;
    expect((await comms.request('POST', `${NEWS}/${id}/actions/publish?locale=en`, {})).status).toBe(200);
    const draft = await comms.request('PUT', `${NEWS}/${id}?locale=en`, { title: 'Clinic opens on Monday' });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);

    const discarded = await comms.request('POST', `${NEWS}/${id}/actions/discard?locale=en`, {});
    expect(discarded.status, JSON.stringify(discarded.body)).toBe(200);
    let list = await revisions(NEWS_UID, id, 'en');
    expect(list[0]).toMatchObject({ action: 'discard', status: 'draft', authorEmail: 'comms@blmk.local' });
    expect(await snapshotOf(list[0]!.id)).toMatchObject({ title: 'Clinic opens on Monday' });

    const unpublished = await comms.request('POST', `${NEWS}/${id}/actions/unpublish?locale=en`, {});
    expect(unpublished.status, JSON.stringify(unpublished.body)).toBe(200);
    list = await revisions(NEWS_UID, id, 'en');
    expect(list[0]).toMatchObject({ action: 'unpublish', status: 'published', authorEmail: 'comms@blmk.local' });
    expect(await snapshotOf(list[0]!.id)).toMatchObject({ title: 'Clinic opens' });
  });

  test('delete keeps every locale; restore brings them back as drafts with their relations and the same documentId', async () => {
    const council = await organisation('Bedford Borough Council');
    const id = await bilingualStory('Hospital car park', [council]);
    expect((await comms.request('POST', `${NEWS}/${id}/actions/publish?locale=en`, {})).status).toBe(200);

    const deleted = await comms.request('DELETE', `${NEWS}/${id}?locale=*`);
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    expect((await comms.request('GET', `${NEWS}/${id}?locale=en`)).status).toBe(404);
    const en = await revisions(NEWS_UID, id, 'en');
    const pl = await revisions(NEWS_UID, id, 'pl');
    expect(en[0]).toMatchObject({ action: 'delete', status: 'draft' });
    expect(pl[0]).toMatchObject({ action: 'delete', status: 'draft', batchId: en[0]?.batchId });
    expect(en[0]?.batchId).toBeTruthy();
    expect(await snapshotOf(pl[0]!.id)).toMatchObject({ title: 'Hospital car park (pl)', organisations: [{ documentId: council, locale: 'pl' }] });

    const listed = (await deletedEntries()).find((entry) => entry.documentId === id);
    expect(listed).toMatchObject({ contentType: NEWS_UID, title: 'Hospital car park', deletedBy: { kind: 'admin', email: 'comms@blmk.local' } });
    expect(listed?.locales.sort()).toEqual(['en', 'pl']);
    expect(Number.isNaN(Date.parse(listed!.deletedAt))).toBe(false);

    const restored = await comms.request<{ data: RestoreReport }>('POST', `/blmk/deleted-entries/${listed!.id}/restore`);
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect(restored.body.data).toMatchObject({ documentId: id, status: 'draft', notRestored: [] });
    expect(restored.body.data.restoredLocales.sort()).toEqual(['en', 'pl']);

    for (const [locale, title] of [['en', 'Hospital car park'], ['pl', 'Hospital car park (pl)']] as const) {
      const back = await comms.request<{ data: { title: string; publishedAt: string | null; organisations: { count: number } } }>('GET', `${NEWS}/${id}?locale=${locale}`);
      expect(back.status, JSON.stringify(back.body)).toBe(200);
      expect(back.body.data).toMatchObject({ title, publishedAt: null });
      const related = await comms.request<{ results: Array<{ documentId: string }> }>('GET', `/content-manager/relations/${NEWS_UID}/${id}/organisations?locale=${locale}`);
      expect(related.body.results.map((row) => row.documentId)).toEqual([council]);
    }
    const enBack = await comms.request<{ data: { sources: Array<{ label: string }> } }>('GET', `${NEWS}/${id}?locale=en`);
    expect(enBack.body.data.sources.map((source) => source.label)).toEqual(['Board papers']);
    // Not published by the restore: nothing is on the public API.
    expect((await (await fetch(`${cms.url}/api/news-items?filters[documentId][$eq]=${id}`)).json()).data).toEqual([]);
    // The history goes on: each locale's restore is a revision of its delete revision.
    expect((await revisions(NEWS_UID, id, 'pl'))[0]).toMatchObject({ action: 'restore', restoredFrom: pl[0]?.id });
    expect((await deletedEntries()).some((entry) => entry.documentId === id)).toBe(false);

    const audit = await comms.request<{ data: Array<{ subjectDocumentId: string; actorEmail: string }> }>('GET', '/blmk/audit?action=deleted-entry-restore');
    expect(audit.body.data.find((entry) => entry.subjectDocumentId === id)).toMatchObject({ actorEmail: 'comms@blmk.local' });

    const again = await comms.request<{ error: { message: string } }>('POST', `/blmk/deleted-entries/${listed!.id}/restore`);
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/already been restored/);
  });

  test('a relation whose document was deleted since is left out and reported', async () => {
    const kept = await organisation('Luton Council');
    const gone = await organisation('Closed trust');
    const id = await bilingualStory('Merger announced', [kept, gone]);
    expect((await comms.request('DELETE', `${NEWS}/${id}?locale=*`)).status).toBe(200);
    // Comms officers may not delete reference data: the Super Admin does.
    expect((await admin.request('DELETE', `${ORGANISATIONS}/${gone}?locale=*`)).status).toBe(200);

    const entry = (await deletedEntries()).find((row) => row.documentId === id);
    const restored = await comms.request<{ data: RestoreReport }>('POST', `/blmk/deleted-entries/${entry!.id}/restore`);
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect(restored.body.data.notRestored.sort((a, b) => a.field.localeCompare(b.field))).toEqual([
      { field: 'en: organisations', target: 'api::organisation.organisation', documentId: gone, locale: 'en' },
      { field: 'pl: organisations', target: 'api::organisation.organisation', documentId: gone, locale: 'pl' },
    ]);
    const related = await comms.request<{ results: Array<{ documentId: string }> }>('GET', `/content-manager/relations/${NEWS_UID}/${id}/organisations?locale=en`);
    expect(related.body.results.map((row) => row.documentId)).toEqual([kept]);
  });

  test('a brief restored after one of its stories was deleted keeps the others and names the missing one by its place', async () => {
    const story = async (title: string) => {
      const created = await comms.request<{ data: { documentId: string } }>('POST', `${NEWS}?locale=en`, { title, slug: unique('brief-story') });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      return created.body.data.documentId;
    };
    const kept = await story('New GP surgery');
    const gone = await story('Withdrawn story');
    const BRIEFS = '/content-manager/collection-types/api::brief.brief';
    const brief = await comms.request<{ data: { documentId: string } }>('POST', `${BRIEFS}?locale=en`, {
      title: 'Central Brief: June 2018',
      slug: unique('brief'),
      issueDate: '2018-06-01',
      sections: [
        {
          heading: 'News',
          entries: [
            { newsItem: { connect: [{ documentId: kept, locale: 'en' }] } },
            { newsItem: { connect: [{ documentId: gone, locale: 'en' }] } },
          ],
        },
      ],
    });
    expect(brief.status, JSON.stringify(brief.body)).toBe(201);
    const briefId = brief.body.data.documentId;
    expect((await comms.request('DELETE', `${BRIEFS}/${briefId}?locale=*`)).status).toBe(200);
    expect((await comms.request('DELETE', `${NEWS}/${gone}?locale=*`)).status).toBe(200);

    const entry = (await deletedEntries()).find((row) => row.documentId === briefId);
    expect(entry).toMatchObject({ contentType: 'api::brief.brief', title: 'Central Brief: June 2018', locales: ['en'] });
    const restored = await comms.request<{ data: RestoreReport }>('POST', `/blmk/deleted-entries/${entry!.id}/restore`);
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect(restored.body.data.notRestored).toEqual([
      { field: 'en: sections.0.entries.1.newsItem', target: NEWS_UID, documentId: gone, locale: 'en' },
    ]);
    const back = await comms.request<{ data: { sections: Array<{ heading: string; entries: Array<{ id: number }> }> } }>('GET', `${BRIEFS}/${briefId}?locale=en`);
    expect(back.body.data.sections.map((section) => [section.heading, section.entries.length])).toEqual([['News', 2]]);
    // The deleted story is in Deleted entries too, and can come back on its own.
    expect((await deletedEntries()).find((row) => row.documentId === gone)).toMatchObject({ title: 'Withdrawn story' });
  });

  test('deleting one language lists that language alone, and its restore adds it back to the entry', async () => {
    const id = await bilingualStory('Flu clinics', []);
    expect((await comms.request('DELETE', `${NEWS}/${id}?locale=pl`)).status).toBe(200);
    expect((await comms.request('GET', `${NEWS}/${id}?locale=en`)).status).toBe(200);
    const entry = (await deletedEntries()).find((row) => row.documentId === id);
    expect(entry).toMatchObject({ title: 'Flu clinics (pl)', locales: ['pl'] });
    const restored = await comms.request<{ data: RestoreReport }>('POST', `/blmk/deleted-entries/${entry!.id}/restore`);
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    const back = await comms.request<{ data: { title: string } }>('GET', `${NEWS}/${id}?locale=pl`);
    expect(back.body.data.title).toBe('Flu clinics (pl)');
  });

  test('bad restores get clear errors', async () => {
    expect((await comms.request('POST', '/blmk/deleted-entries/not-a-number/restore')).status).toBe(400);
    expect((await comms.request('POST', '/blmk/deleted-entries/99999999/restore')).status).toBe(404);
    const created = await comms.request<{ data: { documentId: string } }>('POST', `${NEWS}?locale=en`, { title: 'Still here', slug: unique('here') });
    const [save] = await revisions(NEWS_UID, created.body.data.documentId, 'en');
    const notDelete = await comms.request<{ error: { message: string } }>('POST', `/blmk/deleted-entries/${save!.id}/restore`);
    expect(notDelete.status).toBe(400);
    expect(notDelete.body.error.message).toMatch(/not a deletion/);
    // A delete revision is not restored through the entry's own history, which has no entry to write into.
    expect((await comms.request('DELETE', `${NEWS}/${created.body.data.documentId}?locale=*`)).status).toBe(200);
    const [deletion] = await revisions(NEWS_UID, created.body.data.documentId, 'en');
    const wrongRoute = await comms.request<{ error: { message: string } }>('POST', `/blmk/revisions/${deletion!.id}/restore`);
    expect(wrongRoute.status).toBe(400);
    expect(wrongRoute.body.error.message).toMatch(/Deleted entries/);
  });

  test('contributors and recruiters can neither list nor restore deleted entries', async () => {
    const [entry] = await deletedEntries();
    expect(entry).toBeDefined();
    for (const credentials of [DEMO.contributor, DEMO.recruiter]) {
      const session = await adminLogin(cms.url, credentials);
      expect((await session.request('GET', '/blmk/deleted-entries')).status, credentials.email).toBe(403);
      expect((await session.request('POST', `/blmk/deleted-entries/${entry!.id}/restore`)).status, credentials.email).toBe(403);
    }
    expect((await fetch(`${cms.url}/blmk/deleted-entries`)).status).toBe(401);
    expect((await deletedEntries()).some((row) => row.id === entry!.id)).toBe(true);
  });

  test('the warnings route gives the rules’ warnings on the current draft, none for a clean one', async () => {
    const contributor = await adminLogin(cms.url, DEMO.contributor);
    const event = (sessions: Array<Record<string, unknown>>) => ({ title: 'Drop-in', slug: unique('drop-in'), sessions });
    const long = await contributor.request<{ data: { documentId: string } }>('POST', `${EVENTS}?locale=en`, event([{ date: '2026-12-10', startsAt: '00:30:00.000', endsAt: '16:00:00.000' }]));
    expect(long.status, JSON.stringify(long.body)).toBe(201);
    const clean = await contributor.request<{ data: { documentId: string } }>('POST', `${EVENTS}?locale=en`, event([{ date: '2026-12-10', startsAt: '09:30:00.000', endsAt: '16:00:00.000' }]));
    expect(clean.status, JSON.stringify(clean.body)).toBe(201);
    type Warnings = { data: { warnings: Array<{ path: string[]; message: string }> } };

    const warned = await contributor.request<Warnings>('GET', `/blmk/warnings/${EVENT_UID}/${long.body.data.documentId}?locale=en`);
    expect(warned.status, JSON.stringify(warned.body)).toBe(200);
    expect(warned.body.data.warnings).toEqual([
      { path: ['sessions', '0', 'endsAt'], message: 'Session 1 (2026-12-10) lasts more than 12 hours (00:30 to 16:00); check am and pm.' },
    ]);
    const none = await contributor.request<Warnings>('GET', `/blmk/warnings/${EVENT_UID}/${clean.body.data.documentId}?locale=en`);
    expect(none.body.data.warnings).toEqual([]);

    // Fixed and saved again: the warning goes.
    const fixed = await contributor.request('PUT', `${EVENTS}/${long.body.data.documentId}?locale=en`, { sessions: [{ date: '2026-12-10', startsAt: '12:30:00.000', endsAt: '16:00:00.000' }] });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect((await contributor.request<Warnings>('GET', `/blmk/warnings/${EVENT_UID}/${long.body.data.documentId}?locale=en`)).body.data.warnings).toEqual([]);

    const recruiter = await adminLogin(cms.url, DEMO.recruiter);
    expect((await recruiter.request('GET', `/blmk/warnings/${EVENT_UID}/${long.body.data.documentId}?locale=en`)).status).toBe(403);
    expect((await contributor.request('GET', `/blmk/warnings/api::person.person/x`)).status).toBe(400);
    expect((await contributor.request('GET', `/blmk/warnings/${EVENT_UID}/no-such-document?locale=en`)).status).toBe(404);
    expect((await contributor.request('GET', `/blmk/warnings/${EVENT_UID}/${clean.body.data.documentId}?locale=not a locale`)).status).toBe(400);
  });
});
