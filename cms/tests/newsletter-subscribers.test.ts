import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { adminLogin, type AdminSession } from '../../scripts/testing/admin-api.ts';
import { openAdminAs } from '../../scripts/testing/admin-browser.ts';
import { ensureAdminBuilt } from '../../scripts/testing/admin-build.ts';
import { DEMO } from './demo-users.ts';
import { launchBrowser } from '../../scripts/testing/browser.ts';
import { startTestCms, type TestCms } from '../../scripts/testing/cms-server.ts';
import { testDatabaseKinds } from '../../scripts/testing/databases.ts';
import { runSql } from '../../scripts/testing/sql.ts';

/**
 * The newsletter's subscribers where comms officers expect them: a "Newsletter
 * subscribers" page with counts by status, topic and language, and one address at a
 * time for a subject access request or an erasure; invisible and refused to every
 * other role. The counts on SQLite and PostgreSQL, the page in the built admin.
 */
const databases = await testDatabaseKinds();
const SUMMARY = '/blmk/newsletter/subscribers/summary';

/** Subscribers as the subscribe and confirm flow leaves them (that flow is newsletter.test.ts's). */
const SUBSCRIBERS: Array<[email: string, status: string, topics: [boolean, boolean, boolean], language: string]> = [
  ['ann.patel@example.org', 'confirmed', [true, true, false], 'en'],
  ['bartek.nowak@example.org', 'confirmed', [true, false, true], 'pl'],
  ['chidi.okafor@example.org', 'confirmed', [false, true, true], 'en'],
  ['dana.popescu@example.org', 'pending', [true, false, false], 'ro'],
  ['eve.khan@example.org', 'unsubscribed', [true, true, true], 'ur'],
];

async function insertSubscribers(cms: TestCms): Promise<void> {
  for (const [email, status, [briefs, vacancies, events], language] of SUBSCRIBERS) {
    const bool = (value: boolean) => (value ? 'TRUE' : 'FALSE');
    await runSql(
      cms.database,
      `INSERT INTO subscribers (document_id, email, status, topic_briefs, topic_vacancies, topic_events, language, consent_at, created_at, updated_at, published_at)
       VALUES (?, ?, ?, ${bool(briefs)}, ${bool(vacancies)}, ${bool(events)}, ?, ?, ?, ?, ?)`,
      [randomBytes(12).toString('hex'), email, status, language, ...Array<string>(4).fill('2026-11-02T09:30:00.000Z')],
    );
  }
}

describe.each(databases)('subscriber counts on %s', (kind) => {
  let cms: TestCms;
  let comms: AdminSession;

  beforeAll(async () => {
    cms = await startTestCms({ database: kind, seed: false, env: { BLMK_DEMO_USERS: '1' } });
    await insertSubscribers(cms);
    comms = await adminLogin(cms.url, DEMO.comms);
  });
  afterAll(async () => {
    await cms?.destroy();
  });

  test('by status, and of the confirmed ones by topic and language', async () => {
    const { status, body } = await comms.request<{ data: unknown }>('GET', SUMMARY);
    expect(status).toBe(200);
    expect(body.data).toEqual({
      byStatus: { pending: 1, confirmed: 3, unsubscribed: 1 },
      confirmedByTopic: { briefs: 2, vacancies: 2, events: 2 },
      confirmedByLanguage: [
        { code: 'en', name: 'English (en)', count: 2 },
        { code: 'pl', name: 'Polish (pl)', count: 1 },
        { code: 'ur', name: 'Urdu (ur)', count: 0 },
        { code: 'ro', name: 'Romanian (ro)', count: 0 },
      ],
    });
    // Counts only: no address in the answer.
    expect(JSON.stringify(body)).not.toContain('@example.org');
  });

  test.each([
    ['a contributor', DEMO.contributor],
    ['a recruiter', DEMO.recruiter],
  ])('%s is refused the counts and the look-up', async (_who, credentials) => {
    const session = await adminLogin(cms.url, credentials);
    expect((await session.request('GET', SUMMARY)).status).toBe(403);
    expect((await session.request('GET', '/blmk/newsletter/subscribers/export?email=ann.patel@example.org')).status).toBe(403);
    expect((await session.request('GET', '/content-manager/collection-types/api::subscriber.subscriber')).status).toBe(403);
    expect((await fetch(`${cms.url}${SUMMARY}`)).status).toBe(401);
  });
});

describe('the Newsletter subscribers page in the built admin, in Chromium', () => {
  let cms: TestCms;
  let browser: Browser;

  const loggedIn = (credentials: { email: string; password: string }) => openAdminAs(browser, cms.url, credentials);

  const countIn = async (page: Page, label: string) =>
    (await page.getByRole('row').filter({ has: page.getByRole('gridcell', { name: label, exact: true }) }).first().getByRole('gridcell').allInnerTexts())[1];

  beforeAll(async () => {
    await ensureAdminBuilt();
    cms = await startTestCms({ database: 'sqlite', seed: false, env: { SERVE_ADMIN_PANEL: 'true', BLMK_DEMO_USERS: '1' } });
    await insertSubscribers(cms);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await cms?.destroy();
  });

  test('a comms officer sees the counts, looks one address up (day-first dates) and erases it', async () => {
    const page = await loggedIn(DEMO.comms);
    await page.getByRole('link', { name: 'Newsletter subscribers' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'By status' }).count(), { timeout: 30_000 }).toBe(1);
    expect(await countIn(page, 'Confirmed')).toBe('3');
    expect(await countIn(page, 'Waiting for confirmation')).toBe('1');
    expect(await countIn(page, 'Polish (pl)')).toBe('1');
    expect(await page.getByText('@example.org').count()).toBe(0);

    await page.getByLabel('E-mail address').fill('nobody@example.org');
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect.poll(() => page.getByText('Nothing is stored about this address.').count(), { timeout: 20_000 }).toBe(1);

    await page.getByLabel('E-mail address').fill('Bartek.Nowak@example.org');
    await page.getByRole('button', { name: 'Look up' }).click();
    const found = page.getByRole('region', { name: 'Subscriber found' });
    await expect.poll(() => found.count(), { timeout: 20_000 }).toBe(1);
    const text = await found.innerText();
    expect(text).toContain('bartek.nowak@example.org');
    expect(text).toContain('confirmed; topics: briefs, events; language: pl');
    // en-GB, day first: consent "2 Nov 2026, 09:30".
    expect(text).toContain('consent 2 Nov 2026, 09:30');

    page.once('dialog', (dialog) => void dialog.accept());
    await found.getByRole('button', { name: 'Erase this subscriber' }).click();
    await expect.poll(() => page.getByText('bartek.nowak@example.org erased.').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => countIn(page, 'Confirmed'), { timeout: 20_000 }).toBe('2');
    expect(await countIn(page, 'Polish (pl)')).toBe('0');
    await page.close();
  });

  test('a contributor has no such link, and the page refuses them', async () => {
    const page = await loggedIn(DEMO.contributor);
    await expect.poll(() => page.getByRole('link', { name: 'Content Manager' }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Newsletter subscribers' }).count()).toBe(0);
    await page.goto(`${cms.url}/admin/newsletter-subscribers`);
    await expect.poll(() => page.getByText('Only comms officers can see newsletter subscribers.').count(), { timeout: 20_000 }).toBe(1);
    await page.close();
  });
});
