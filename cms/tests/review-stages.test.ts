import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { adminLogin, type AdminSession } from '../../scripts/testing/admin-api.ts';
import { openAdminAs } from '../../scripts/testing/admin-browser.ts';
import { DEMO } from './demo-users.ts';
import { ensureAdminBuilt } from '../../scripts/testing/admin-build.ts';
import { launchBrowser } from '../../scripts/testing/browser.ts';
import { startTestCms, type TestCms } from '../../scripts/testing/cms-server.ts';
import { testDatabaseKinds } from '../../scripts/testing/databases.ts';
import { startSmtpSink, type SmtpSink } from '../../scripts/testing/smtp-sink.ts';
import { waitFor } from '../../scripts/testing/wait.ts';

/**
 * The editorial review (cms/src/review): every stage move per role, allowed and
 * refused, through the admin routes; publishing refused for a contributor's work
 * until it is approved, whether through the admin, the Content API or the scheduler;
 * the mails in the SMTP sink; the audit entries; and, in Chromium against the built
 * admin, the Review panel and the list column a comms officer sees. The move matrix
 * below is the README's; the test prints it as tested.
 */
const databases = await testDatabaseKinds();

type Role = 'comms' | 'recruiter' | 'contributor';
const ROLES: Role[] = ['comms', 'recruiter', 'contributor'];

const NEWS = 'api::news-item.news-item';
const BRIEF = 'api::brief.brief';
const VACANCY = 'api::vacancy.vacancy';
const cm = (uid: string, rest = '') => `/content-manager/collection-types/${uid}${rest}`;
const review = (uid: string, documentId: string, move = '') => `/blmk/review/${uid}/${documentId}${move ? `/${move}` : ''}`;

interface ReviewReply {
  stage: string;
  by: string | null;
  comment: string | null;
  reviewRequired: boolean;
  moves: string[];
}

let serial = 0;
function entry(uid: string): Record<string, unknown> {
  serial += 1;
  const slug = `review-${serial}-${Date.now()}`;
  if (uid === BRIEF) return { title: `Review brief ${serial}`, slug, issueDate: '2026-12-01' };
  if (uid === VACANCY) return { title: `Review vacancy ${serial}`, slug, closingDate: '2099-01-31', contactEmail: 'jobs@example.org' };
  return { title: `Review news ${serial}`, slug };
}

/** A starting point for a move: a new document, made by `author`, brought to `stage`. */
interface Start {
  uid: string;
  author: 'contributor' | 'superAdmin';
  stage: 'Draft' | 'In review' | 'Approved';
}

interface Row {
  move: string;
  what: string;
  start: Start;
  /** Per role: the HTTP status expected (200 allowed; 403 not for this role; 409 not from this stage). */
  expected: Record<Role, 200 | 403 | 409>;
  comment?: string;
}

const MATRIX: Row[] = [
  { move: 'submit', what: 'a contributor’s news draft (their own, for the contributor)', start: { uid: NEWS, author: 'contributor', stage: 'Draft' }, expected: { comms: 200, recruiter: 403, contributor: 200 } },
  { move: 'submit', what: 'a news draft someone else wrote', start: { uid: NEWS, author: 'superAdmin', stage: 'Draft' }, expected: { comms: 200, recruiter: 403, contributor: 403 } },
  { move: 'submit', what: 'a brief draft', start: { uid: BRIEF, author: 'superAdmin', stage: 'Draft' }, expected: { comms: 200, recruiter: 403, contributor: 403 } },
  { move: 'submit', what: 'a vacancy draft (recruiters need no review)', start: { uid: VACANCY, author: 'superAdmin', stage: 'Draft' }, expected: { comms: 200, recruiter: 403, contributor: 403 } },
  { move: 'submit', what: 'news already in review', start: { uid: NEWS, author: 'contributor', stage: 'In review' }, expected: { comms: 409, recruiter: 403, contributor: 409 } },
  { move: 'approve', what: 'a contributor’s news in review (their own, for the contributor)', start: { uid: NEWS, author: 'contributor', stage: 'In review' }, expected: { comms: 200, recruiter: 403, contributor: 403 } },
  { move: 'approve', what: 'a news draft (skipping In review)', start: { uid: NEWS, author: 'contributor', stage: 'Draft' }, expected: { comms: 409, recruiter: 403, contributor: 403 } },
  { move: 'request-changes', what: 'news in review, with a comment', start: { uid: NEWS, author: 'contributor', stage: 'In review' }, expected: { comms: 200, recruiter: 403, contributor: 403 }, comment: 'Please add the venue.' },
  { move: 'request-changes', what: 'approved news, with a comment', start: { uid: NEWS, author: 'contributor', stage: 'Approved' }, expected: { comms: 200, recruiter: 403, contributor: 403 }, comment: 'One more change.' },
  { move: 'request-changes', what: 'a news draft', start: { uid: NEWS, author: 'contributor', stage: 'Draft' }, expected: { comms: 409, recruiter: 403, contributor: 403 }, comment: 'Too early.' },
];

const isoDayFirst = /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} at \d{2}:\d{2}\b/;

describe.each(databases)('review stages on %s', (database) => {
  const withBrowser = database === 'sqlite';
  let cms: TestCms;
  let sink: SmtpSink;
  let superAdmin: AdminSession;
  const sessions = {} as Record<Role, AdminSession>;
  let apiToken: string;
  const tested = new Map<string, string>();

  beforeAll(async () => {
    if (withBrowser) await ensureAdminBuilt();
    sink = await startSmtpSink();
    cms = await startTestCms({
      database,
      seed: false,
      env: {
        BLMK_DEMO_USERS: '1',
        SERVE_ADMIN_PANEL: withBrowser ? 'true' : 'false',
        SCHEDULER_INTERVAL_MS: '1000',
        SMTP_HOST: sink.host,
        SMTP_PORT: String(sink.port),
        EMAIL_FROM: 'BLMK Health and Care Partnership <news@blmk.test>',
      },
    });
    superAdmin = await adminLogin(cms.url);
    for (const role of ROLES) sessions[role] = await adminLogin(cms.url, DEMO[role]);
    const token = await superAdmin.request<{ data: { accessKey: string } }>('POST', '/admin/api-tokens', {
      name: `review-test-${Date.now()}`,
      type: 'full-access',
      lifespan: null,
    });
    expect(token.status, JSON.stringify(token.body)).toBe(201);
    apiToken = token.body.data.accessKey;
  });

  afterAll(async () => {
    const header = `| Move | On | ${ROLES.join(' | ')} |\n| --- | --- | ${ROLES.map(() => '---').join(' | ')} |`;
    const lines = MATRIX.map((row) => `| ${row.move} | ${row.what} | ${ROLES.map((role) => tested.get(`${role} ${row.move} ${row.what}`) ?? 'not run').join(' | ')} |`);
    console.log(`Review moves as tested on ${database}:\n${header}\n${lines.join('\n')}`);
    await cms?.destroy();
    await sink?.close();
  });

  async function create(session: AdminSession, uid: string, data = entry(uid)): Promise<string> {
    const created = await session.request<{ data: { documentId: string } }>('POST', cm(uid, '?locale=en'), data);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.data.documentId;
  }

  async function moveAs(session: AdminSession, uid: string, documentId: string, move: string, comment?: string) {
    return session.request<{ data: ReviewReply; error?: { message: string } }>('POST', review(uid, documentId, move), comment === undefined ? {} : { comment });
  }

  async function expectMove(session: AdminSession, uid: string, documentId: string, move: string, comment?: string): Promise<ReviewReply> {
    const reply = await moveAs(session, uid, documentId, move, comment);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body.data;
  }

  async function startAt(start: Start): Promise<string> {
    const documentId = await create(start.author === 'contributor' ? sessions.contributor : superAdmin, start.uid);
    if (start.stage !== 'Draft') await expectMove(start.author === 'contributor' ? sessions.contributor : superAdmin, start.uid, documentId, 'submit');
    if (start.stage === 'Approved') await expectMove(sessions.comms, start.uid, documentId, 'approve');
    return documentId;
  }

  const stageOf = async (uid: string, documentId: string) => (await superAdmin.request<{ data: ReviewReply }>('GET', review(uid, documentId))).body.data;

  const publish = (session: AdminSession, uid: string, documentId: string) =>
    session.request<{ error?: { message: string } }>('POST', cm(uid, `/${documentId}/actions/publish?locale=en`), {});

  async function isPublic(documentId: string): Promise<boolean> {
    const response = await fetch(`${cms.url}/api/news-items?filters[documentId][$eq]=${documentId}`);
    return ((await response.json()) as { data: unknown[] }).data.length > 0;
  }

  async function auditOf(documentId: string, action: string) {
    const reply = await sessions.comms.request<{ data: Array<{ actorEmail: string | null; actorKind: string; subjectDocumentId: string; details: Record<string, unknown> | null }> }>(
      'GET',
      `/blmk/audit?action=${action}&pageSize=100`,
    );
    expect(reply.status).toBe(200);
    return reply.body.data.filter((row) => row.subjectDocumentId === documentId);
  }

  describe.each(ROLES)('as %s', (role) => {
    test.each(MATRIX.map((row) => [`${row.move} ${row.what}`, row] as const))('%s', async (_name, row) => {
      const documentId = await startAt(row.start);
      const reply = await moveAs(sessions[role], row.start.uid, documentId, row.move, row.comment);
      const expected = row.expected[role];
      tested.set(`${role} ${row.move} ${row.what}`, reply.status === 200 ? 'allowed' : reply.status === 403 || reply.status === 409 ? `refused (${reply.status})` : `HTTP ${reply.status}`);
      expect(reply.status, `${role} ${row.move} on ${row.what}: ${JSON.stringify(reply.body)}`).toBe(expected);
      const after = await stageOf(row.start.uid, documentId);
      // A refused move leaves the stage where it was; an allowed one moves it and names the mover.
      if (expected !== 200) expect(after.stage).toBe(row.start.stage);
      else expect(after).toMatchObject({ stage: { submit: 'In review', approve: 'Approved', 'request-changes': 'Draft' }[row.move], by: DEMO[role].email });
    });
  });

  test('the routes refuse what makes no sense with a 4xx and a reason', async () => {
    const documentId = await startAt({ uid: NEWS, author: 'contributor', stage: 'In review' });
    const comms = sessions.comms;
    expect((await comms.request('POST', review(NEWS, documentId, 'publish'), {})).status).toBe(400);
    expect((await comms.request('POST', review('api::organisation.organisation', documentId, 'approve'), {})).status).toBe(400);
    expect((await comms.request('POST', review(NEWS, 'nosuchdocument000000000', 'approve'), {})).status).toBe(404);
    const noComment = await comms.request<{ error: { message: string } }>('POST', review(NEWS, documentId, 'request-changes'), {});
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.message).toMatch(/comment/);
    expect((await comms.request('POST', review(NEWS, documentId, 'request-changes'), { comment: '   ' })).status).toBe(400);
    expect((await comms.request('POST', review(NEWS, documentId, 'request-changes'), { comment: 'x'.repeat(2001) })).status).toBe(400);
    expect((await comms.request('POST', review(NEWS, documentId, 'approve'), { stage: 'Approved' })).status).toBe(400);
    expect((await comms.request('GET', review(NEWS, documentId))).status).toBe(200);
    // The queue is the comms officers'.
    expect((await sessions.contributor.request('GET', '/blmk/review/waiting')).status).toBe(403);
    expect((await sessions.recruiter.request('GET', '/blmk/review/waiting')).status).toBe(403);
    expect((await fetch(`${cms.url}/blmk/review/waiting`)).status).toBe(401);
    // Nothing of it moved.
    expect((await stageOf(NEWS, documentId)).stage).toBe('In review');
  });

  test('a contributor’s news is published only once approved (admin API), and comms officers and recruiters publish their own without review', async () => {
    const documentId = await create(sessions.contributor, NEWS);
    const draft = await publish(sessions.comms, NEWS, documentId);
    expect(draft.status).toBe(400);
    expect(draft.body.error?.message).toMatch(/contributor.*"Draft".*approve/);
    await expectMove(sessions.contributor, NEWS, documentId, 'submit');
    expect((await publish(sessions.comms, NEWS, documentId)).status).toBe(400);
    // Not even the super admin skips the review.
    expect((await publish(superAdmin, NEWS, documentId)).status).toBe(400);
    expect(await isPublic(documentId)).toBe(false);
    await expectMove(sessions.comms, NEWS, documentId, 'approve');
    const approved = await publish(sessions.comms, NEWS, documentId);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(await isPublic(documentId)).toBe(true);
    // The review fields stay out of the public API.
    const published = (await (await fetch(`${cms.url}/api/news-items?filters[documentId][$eq]=${documentId}`)).json()) as { data: Array<Record<string, unknown>> };
    expect(Object.keys(published.data[0]!).filter((key) => key.startsWith('review'))).toEqual([]);

    // A comms officer's own news and a recruiter's vacancy need no review.
    expect((await publish(sessions.comms, NEWS, await create(sessions.comms, NEWS))).status).toBe(200);
    expect((await publish(sessions.recruiter, VACANCY, await create(sessions.recruiter, VACANCY))).status).toBe(200);
  });

  test('the Content API can neither publish an unapproved contributor draft nor set the stage', async () => {
    const documentId = await create(sessions.contributor, NEWS);
    const api = (method: string, path: string, body?: unknown) =>
      fetch(`${cms.url}${path}`, { method, headers: { authorization: `Bearer ${apiToken}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const forged = await api('PUT', `/api/news-items/${documentId}?locale=en`, { data: { reviewStage: 'Approved', reviewStageBy: 'nobody@example.org' } });
    // Either the field is refused (400) or dropped; in no case is the draft approved.
    expect([200, 400]).toContain(forged.status);
    expect((await stageOf(NEWS, documentId)).stage).toBe('Draft');
    const published = await api('PUT', `/api/news-items/${documentId}?locale=en&status=published`, { data: { summary: 'Published through the API' } });
    expect(published.status).toBe(400);
    expect(((await published.json()) as { error: { message: string } }).error.message).toMatch(/approve/);
    expect(await isPublic(documentId)).toBe(false);
  });

  test('the scheduler refuses and reports a scheduled publish of an unapproved contributor draft, and publishes it once approved', async () => {
    const title = `Scheduled review ${Date.now()}`;
    const refused = await create(sessions.contributor, NEWS, { ...entry(NEWS), title });
    const soon = new Date(Date.now() + 1500).toISOString();
    expect((await sessions.comms.request('PUT', cm(NEWS, `/${refused}?locale=en`), { publishAt: soon })).status).toBe(200);
    const [failure] = await waitFor('the refused scheduled publish in the audit log', async () => {
      const rows = await auditOf(refused, 'scheduled-publish-failed');
      return rows.length > 0 ? rows : undefined;
    }, 20_000);
    expect(failure!.actorKind).toBe('scheduler');
    expect(String(failure!.details?.reason)).toMatch(/contributor.*approve/);
    expect(await isPublic(refused)).toBe(false);
    // Nobody watches the scheduler: the comms officers are told by mail.
    const subject = `Scheduled publish refused: ${title}`;
    const [mail] = (await sink.waitFor((all) => all.some((m) => m.mail.subject === subject), 'the refused-publish mail')).filter((m) => m.mail.subject === subject);
    expect(mail!.to).toEqual([DEMO.comms.email]);
    expect(mail!.mail.text).toMatch(isoDayFirst);

    const approved = await startAt({ uid: NEWS, author: 'contributor', stage: 'Approved' });
    expect((await sessions.comms.request('PUT', cm(NEWS, `/${approved}?locale=en`), { publishAt: new Date(Date.now() + 1500).toISOString() })).status).toBe(200);
    await waitFor('the approved draft published by the scheduler', () => isPublic(approved), 20_000);
  });

  test('a contributor editing approved content sends it back to Draft; a comms officer’s edit keeps it Approved', async () => {
    const documentId = await startAt({ uid: NEWS, author: 'contributor', stage: 'Approved' });
    expect((await sessions.comms.request('PUT', cm(NEWS, `/${documentId}?locale=en`), { summary: 'Tightened by comms' })).status).toBe(200);
    expect((await stageOf(NEWS, documentId)).stage).toBe('Approved');
    // The edit form sends the stage back as loaded: that is no move, and is not refused.
    const edited = await sessions.contributor.request('PUT', cm(NEWS, `/${documentId}?locale=en`), { summary: 'Changed after approval', reviewStage: 'Approved' });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(await stageOf(NEWS, documentId)).toMatchObject({ stage: 'Draft', by: DEMO.contributor.email });
    expect(await auditOf(documentId, 'review-reset')).toEqual([expect.objectContaining({ actorEmail: DEMO.contributor.email, details: expect.objectContaining({ from: 'Approved', to: 'Draft' }) })]);
    expect((await publish(sessions.comms, NEWS, documentId)).status).toBe(400);
  });

  test('comms officers are mailed when something enters In review, the author when changes are requested, and every move is audited', async () => {
    const title = `Mailed review ${Date.now()}`;
    const documentId = await create(sessions.contributor, NEWS, { ...entry(NEWS), title });
    await expectMove(sessions.contributor, NEWS, documentId, 'submit');
    const [submitted] = (await sink.waitFor((all) => all.some((m) => m.mail.subject === `Waiting for review: ${title}`), 'the review mail')).filter(
      (m) => m.mail.subject === `Waiting for review: ${title}`,
    );
    // Every comms officer, nobody else (the super admin and the contributor are not comms officers).
    expect(submitted!.to).toEqual([DEMO.comms.email]);
    expect(submitted!.mail.text).toContain(`${DEMO.contributor.email} submitted the news item "${title}" for review on `);
    expect(submitted!.mail.text).toMatch(isoDayFirst);
    expect(submitted!.mail.text).toContain(`/admin/content-manager/collection-types/${NEWS}/${documentId}`);

    const waiting = await sessions.comms.request<{ data: Array<{ documentId: string; title: string; by: string }> }>('GET', '/blmk/review/waiting');
    expect(waiting.body.data).toContainEqual(expect.objectContaining({ documentId, title, by: DEMO.contributor.email }));

    const comment = 'Please give the date of the event and name the hospital.';
    await expectMove(sessions.comms, NEWS, documentId, 'request-changes', comment);
    const [changes] = (await sink.waitFor((all) => all.some((m) => m.mail.subject === `Changes requested: ${title}`), 'the changes mail')).filter(
      (m) => m.mail.subject === `Changes requested: ${title}`,
    );
    expect(changes!.to).toEqual([DEMO.contributor.email]);
    expect(changes!.mail.text).toContain(comment);
    expect(changes!.mail.text).toMatch(isoDayFirst);
    expect(await stageOf(NEWS, documentId)).toMatchObject({ stage: 'Draft', comment });
    expect((await sessions.comms.request<{ data: Array<{ documentId: string }> }>('GET', '/blmk/review/waiting')).body.data.map((item) => item.documentId)).not.toContain(documentId);

    await expectMove(sessions.contributor, NEWS, documentId, 'submit');
    await expectMove(sessions.comms, NEWS, documentId, 'approve');
    const moves = [
      ...(await auditOf(documentId, 'review-submit')),
      ...(await auditOf(documentId, 'review-request-changes')),
      ...(await auditOf(documentId, 'review-approve')),
    ].map((row) => ({ by: row.actorEmail, from: row.details?.from, to: row.details?.to, comment: row.details?.comment }));
    expect(moves).toEqual(
      expect.arrayContaining([
        { by: DEMO.contributor.email, from: 'Draft', to: 'In review', comment: undefined },
        { by: DEMO.comms.email, from: 'In review', to: 'Draft', comment },
        { by: DEMO.comms.email, from: 'In review', to: 'Approved', comment: undefined },
      ]),
    );
    expect(moves).toHaveLength(4);
  });

  test('the list filters on the stage ("waiting for review")', async () => {
    const waiting = await startAt({ uid: NEWS, author: 'contributor', stage: 'In review' });
    const draft = await startAt({ uid: NEWS, author: 'contributor', stage: 'Draft' });
    const list = await sessions.comms.request<{ results: Array<{ documentId: string; reviewStage: string }> }>(
      'GET',
      `${cm(NEWS)}?locale=en&pageSize=100&filters[$and][0][reviewStage][$eq]=${encodeURIComponent('In review')}`,
    );
    expect(list.status).toBe(200);
    const ids = list.body.results.map((row) => row.documentId);
    expect(ids).toContain(waiting);
    expect(ids).not.toContain(draft);
    expect(new Set(list.body.results.map((row) => row.reviewStage))).toEqual(new Set(['In review']));
  });

  describe.runIf(withBrowser)('in the built admin, in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    /** A new page, logged in to the admin as `email` (a demo user). */
    const loggedIn = (role: Role) => openAdminAs(browser, cms.url, DEMO[role], 'en-GB');

    test('a comms officer sees the waiting list, the Review stage column and filter, and approves in the Review panel', async () => {
      const title = `Browser review ${Date.now()}`;
      const documentId = await create(sessions.contributor, NEWS, { ...entry(NEWS), title });
      await expectMove(sessions.contributor, NEWS, documentId, 'submit');
      const page = await loggedIn('comms');

      // The homepage's "Waiting for review" widget names it.
      await page.getByRole('link', { name: title }).waitFor({ timeout: 30_000 });

      // The list, filtered to what waits for review, with the stage column.
      const filter = `filters[$and][0][reviewStage][$eq]=${encodeURIComponent('In review')}`;
      await page.goto(`${cms.url}/admin/content-manager/collection-types/${NEWS}?page=1&pageSize=100&sort=title:ASC&${filter}&plugins[i18n][locale]=en`);
      await page.getByRole('gridcell', { name: title }).waitFor({ timeout: 30_000 });
      const headers = await page.locator('thead th').allTextContents();
      expect(headers.map((header) => header.trim().toLowerCase())).toContain('review stage');
      const stageColumn = headers.findIndex((header) => header.trim().toLowerCase() === 'review stage');
      // Every row the filter leaves says "In review" in that column, and ours is among them.
      const rows = page.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
      for (const cells of await Promise.all((await rows.all()).map((row) => row.locator('td').allTextContents()))) {
        expect(cells[stageColumn]?.trim()).toBe('In review');
      }
      expect(await page.getByRole('row', { name: new RegExp(title) }).count()).toBe(1);

      // The edit view's Review panel: only the comms officer's buttons.
      await page.goto(`${cms.url}/admin/content-manager/collection-types/${NEWS}/${documentId}?plugins[i18n][locale]=en`);
      await page.getByText('Stage: In review').waitFor({ timeout: 30_000 });
      expect(await page.getByRole('button', { name: 'Submit for review' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Request changes' }).count()).toBe(1);
      await page.getByRole('button', { name: 'Approve' }).click();
      await page.getByText('Stage: Approved').waitFor({ timeout: 30_000 });
      expect((await stageOf(NEWS, documentId)).stage).toBe('Approved');
      await page.close();

      // A contributor on their own draft gets "Submit for review" and nothing else.
      const own = await create(sessions.contributor, NEWS);
      const contributorPage = await loggedIn('contributor');
      await contributorPage.goto(`${cms.url}/admin/content-manager/collection-types/${NEWS}/${own}?plugins[i18n][locale]=en`);
      await contributorPage.getByText('Stage: Draft').waitFor({ timeout: 30_000 });
      expect(await contributorPage.getByRole('button', { name: 'Submit for review' }).count()).toBe(1);
      expect(await contributorPage.getByRole('button', { name: /^(Approve|Request changes)$/ }).count()).toBe(0);
      await contributorPage.close();
    });
  });
});
