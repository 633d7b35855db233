import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin, type AdminSession } from '../../scripts/testing/admin-api.ts';
import { startTestCms, type TestCms } from '../../scripts/testing/cms-server.ts';
import { testDatabaseKinds } from '../../scripts/testing/databases.ts';
import path from 'node:path';
import { CMS_DIR, REPO_ROOT } from '../../scripts/lib/paths.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { startService, waitForHttp } from '../../scripts/testing/processes.ts';
import { runSql } from '../../scripts/testing/sql.ts';
import { sleep, waitFor } from '../../scripts/testing/wait.ts';

const databases = await testDatabaseKinds();

const NEWS = '/content-manager/collection-types/api::news-item.news-item';
const VACANCIES = '/content-manager/collection-types/api::vacancy.vacancy';
const AUDIT = '/content-manager/collection-types/api::audit-entry.audit-entry';
const INTERVAL_MS = 1000;

interface AuditRow {
  action: string;
  actorKind: string;
  subjectDocumentId: string;
  details: Record<string, unknown> | null;
}

const inSeconds = (seconds: number): string => new Date(Date.now() + seconds * 1000).toISOString();
const isoDay = (offsetDays: number): string => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function isPublic(cms: TestCms, plural: string, documentId: string): Promise<boolean> {
  const response = await fetch(`${cms.url}/api/${plural}?filters[documentId][$eq]=${documentId}`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data: unknown[] };
  return body.data.length > 0;
}

async function auditFor(admin: AdminSession, documentId: string, action: string): Promise<AuditRow[]> {
  const query = `filters[subjectDocumentId][$eq]=${documentId}&filters[action][$eq]=${action}&pageSize=50`;
  const response = await admin.request<{ results: AuditRow[] }>('GET', `${AUDIT}?${query}`);
  expect(response.status).toBe(200);
  return response.body.results;
}

async function createNews(admin: AdminSession, slug: string, extra: Record<string, unknown>): Promise<string> {
  const created = await admin.request<{ data: { documentId: string } }>('POST', NEWS, { title: `Scheduled ${slug}`, slug, ...extra });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.data.documentId;
}

function vacancyData(slug: string, closingDate: string): Record<string, unknown> {
  return {
    title: `Vacancy ${slug}`,
    slug,
    closingDate,
    contactEmail: 'jobs@blmk.example',
    applyUrl: 'https://jobs.example.org/apply',
  };
}

/** A second CMS server on the same database as `cms`: two schedulers racing for the same jobs. */
async function startSecondInstance(cms: TestCms) {
  const port = await freePort();
  const service = startService({
    name: 'cms-2',
    command: process.execPath,
    args: [path.join(REPO_ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'],
    cwd: CMS_DIR,
    env: { ...cms.env, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` },
    logFile: `${cms.logFile}.second`,
  });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/_health`, service);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return service;
}

describe.each(databases)('scheduling on %s', (database) => {
  let cms: TestCms;
  let admin: AdminSession;

  beforeAll(async () => {
    cms = await startTestCms({ database, seed: false, env: { SCHEDULER_INTERVAL_MS: String(INTERVAL_MS), VACANCY_GRACE_DAYS: '0' } });
    admin = await adminLogin(cms.url);
  });
  afterAll(() => cms?.destroy());

  test('a draft with publishAt a few seconds ahead goes public on time, once', async () => {
    const documentId = await createNews(admin, 'publish-at', { publishAt: inSeconds(3) });
    expect(await isPublic(cms, 'news-items', documentId)).toBe(false);

    await waitFor('the scheduled publish', () => isPublic(cms, 'news-items', documentId), 20_000);

    const draft = await admin.request<{ data: { publishAt: string | null } }>('GET', `${NEWS}/${documentId}`);
    expect(draft.body.data.publishAt).toBeNull();
    await sleep(3 * INTERVAL_MS);
    const audit = await auditFor(admin, documentId, 'scheduled-publish');
    expect(audit).toHaveLength(1);
    expect(audit[0].actorKind).toBe('scheduler');
    // The editor setting the schedule is in the audit log too.
    expect(await auditFor(admin, documentId, 'schedule')).toHaveLength(1);
    // The revision history names the scheduler as the publisher.
    const revisions = await admin.request<{ data: Array<{ action: string; authorKind: string }> }>(
      'GET',
      `/blmk/revisions/api::news-item.news-item/${documentId}?locale=en`,
    );
    expect(revisions.body.data[0]).toMatchObject({ action: 'publish', authorKind: 'scheduler' });
  });

  test('a published entry with unpublishAt disappears on time', async () => {
    const documentId = await createNews(admin, 'unpublish-at', {});
    const published = await admin.request('POST', `${NEWS}/${documentId}/actions/publish`, {
      title: 'Scheduled unpublish-at',
      slug: 'unpublish-at',
      unpublishAt: inSeconds(3),
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(await isPublic(cms, 'news-items', documentId)).toBe(true);

    await waitFor('the scheduled unpublish', async () => !(await isPublic(cms, 'news-items', documentId)), 20_000);
    // Unpublished, not deleted: the draft stays for the editor.
    const draft = await admin.request<{ data: { title: string; unpublishAt: string | null } }>('GET', `${NEWS}/${documentId}`);
    expect(draft.body.data.title).toBe('Scheduled unpublish-at');
    expect(draft.body.data.unpublishAt).toBeNull();
    expect(await auditFor(admin, documentId, 'scheduled-unpublish')).toHaveLength(1);
  });

  test('the edit form labels the schedule fields for editors', async () => {
    const configuration = await admin.request<{
      data: { contentType: { metadatas: Record<string, { edit: { label: string; description: string } }> } };
    }>('GET', '/content-manager/content-types/api::vacancy.vacancy/configuration');
    expect(configuration.status).toBe(200);
    const { metadatas } = configuration.body.data.contentType;
    expect(metadatas.publishAt?.edit).toMatchObject({ label: 'Publish at', description: expect.stringMatching(/automatically/) });
    expect(metadatas.unpublishAt?.edit).toMatchObject({ label: 'Unpublish at', description: expect.stringMatching(/after "Publish at"/) });
  });

  test('an unpublish time not after the publish time is refused with a clear message', async () => {
    const publishAt = inSeconds(3600);
    const refused = await admin.request<{ error: { status: number; name: string; message: string } }>('POST', NEWS, {
      title: 'Backwards schedule',
      slug: 'backwards-schedule',
      publishAt,
      unpublishAt: inSeconds(60),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.name).toBe('ValidationError');
    expect(refused.body.error.message).toMatch(/Unpublish at.*must be after.*Publish at/);

    // An update that sets only unpublishAt is checked against the stored publishAt.
    const documentId = await createNews(admin, 'backwards-update', { publishAt });
    const update = await admin.request<{ error: { message: string } }>('PUT', `${NEWS}/${documentId}`, {
      title: 'Scheduled backwards-update',
      slug: 'backwards-update',
      unpublishAt: inSeconds(1800),
    });
    expect(update.status).toBe(400);
    expect(update.body.error.message).toMatch(/must be after/);
  });

  test('a scheduled publish the rules refuse is dropped once and the audit log says why', async () => {
    // Drafts may be incomplete; publishing needs the required title.
    const created = await admin.request<{ data: { documentId: string } }>('POST', NEWS, { slug: 'untitled-draft', publishAt: inSeconds(2) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { documentId } = created.body.data;

    const failures = await waitFor('the refused publish to be logged', async () => {
      const rows = await auditFor(admin, documentId, 'scheduled-publish-failed');
      return rows.length > 0 && rows;
    }, 20_000);
    await sleep(3 * INTERVAL_MS);
    expect(await auditFor(admin, documentId, 'scheduled-publish-failed')).toHaveLength(1);
    expect(failures[0]?.actorKind).toBe('scheduler');
    expect(String(failures[0]?.details?.reason)).toMatch(/title/i);
    expect(await isPublic(cms, 'news-items', documentId)).toBe(false);
    const draft = await admin.request<{ data: { publishAt: string | null } }>('GET', `${NEWS}/${documentId}`);
    expect(draft.body.data.publishAt).toBeNull();
  });

  test('jobs that fell due while the CMS was down run once after the restart', async () => {
    const documentId = await createNews(admin, 'while-down', { publishAt: inSeconds(6) });
    await cms.stop();
    await sleep(8_000);
    await cms.start();
    admin = await adminLogin(cms.url);

    await waitFor('the caught-up publish', () => isPublic(cms, 'news-items', documentId), 20_000);
    await sleep(3 * INTERVAL_MS);
    expect(await auditFor(admin, documentId, 'scheduled-publish')).toHaveLength(1);
  });

  test('a vacancy is unpublished the day after its closing date', async () => {
    const closed = await admin.request<{ data: { documentId: string } }>('POST', VACANCIES, vacancyData('closed-vacancy', isoDay(30)));
    const open = await admin.request<{ data: { documentId: string } }>('POST', VACANCIES, vacancyData('closes-today', isoDay(30)));
    for (const [created, slug] of [[closed, 'closed-vacancy'], [open, 'closes-today']] as const) {
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const published = await admin.request('POST', `${VACANCIES}/${created.body.data.documentId}/actions/publish`, vacancyData(slug, isoDay(30)));
      expect(published.status, JSON.stringify(published.body)).toBe(200);
    }
    // Time passes: one closed yesterday, the other closes today.
    await runSql(cms.database, 'UPDATE vacancies SET closing_date = ? WHERE document_id = ?', [isoDay(-1), closed.body.data.documentId]);
    await runSql(cms.database, 'UPDATE vacancies SET closing_date = ? WHERE document_id = ?', [isoDay(0), open.body.data.documentId]);

    await waitFor('the closed vacancy to go', async () => !(await isPublic(cms, 'vacancies', closed.body.data.documentId)), 20_000);
    await sleep(2 * INTERVAL_MS);
    expect(await isPublic(cms, 'vacancies', open.body.data.documentId)).toBe(true);
    const audit = await auditFor(admin, closed.body.data.documentId, 'vacancy-expired-unpublish');
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toMatchObject({ closingDate: isoDay(-1), graceDays: 0 });
  });

  test('two CMS instances on one database run each job once', async () => {
    const second = await startSecondInstance(cms);
    try {
      const publishAt = inSeconds(4);
      const ids: string[] = [];
      for (const slug of ['race-1', 'race-2', 'race-3']) ids.push(await createNews(admin, slug, { publishAt }));
      for (const id of ids) await waitFor(`${id} to go public`, () => isPublic(cms, 'news-items', id), 30_000);
      await sleep(3 * INTERVAL_MS);
      for (const id of ids) expect(await auditFor(admin, id, 'scheduled-publish'), id).toHaveLength(1);
    } finally {
      await second.stop();
    }
  }, 180_000);
});
