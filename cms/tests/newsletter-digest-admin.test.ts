import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { adminLogin } from '../../scripts/testing/admin-api.ts';
import { openAdminAs } from '../../scripts/testing/admin-browser.ts';
import { ensureAdminBuilt } from '../../scripts/testing/admin-build.ts';
import { launchBrowser } from '../../scripts/testing/browser.ts';
import { startTestCms, type TestCms } from '../../scripts/testing/cms-server.ts';
import { startSmtpSink, type SmtpSink } from '../../scripts/testing/smtp-sink.ts';
import { DEMO } from './demo-users.ts';

/**
 * A comms officer follows and starts the weekly digest where they send briefs: the
 * "Weekly digest" panel of a brief's edit view, in the built admin, in Chromium.
 * The sending itself is proven on SQLite and PostgreSQL in newsletter-digest.test.ts.
 */
const SITE = 'http://site.test';
/**
 * A schedule two days ahead on UK clocks: its latest run was five days ago, far outside the
 * scheduler's catch-up, so no digest starts by itself while this test runs, whatever the day.
 */
const SCHEDULED_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long' }).format(Date.now() + 2 * 86_400_000);

describe('the weekly digest panel in the built admin', () => {
  let cms: TestCms;
  let sink: SmtpSink;
  let browser: Browser;
  let briefId: string;

  beforeAll(async () => {
    await ensureAdminBuilt();
    sink = await startSmtpSink();
    cms = await startTestCms({
      database: 'sqlite',
      // The seed's vacancies were published by the import just now: the digest has something new.
      seed: true,
      env: {
        SERVE_ADMIN_PANEL: 'true',
        BLMK_DEMO_USERS: '1',
        NEWSLETTER_SECRET: 'digest-admin-secret',
        SITE_URL: SITE,
        SMTP_HOST: sink.host,
        SMTP_PORT: String(sink.port),
        EMAIL_FROM: 'BLMK <news@blmk.test>',
        NEWSLETTER_SUBSCRIBE_LIMIT: '0',
        NEWSLETTER_DIGEST_SCHEDULE: `${SCHEDULED_DAY.toLowerCase()} 07:30`,
      },
    });
    const comms = await adminLogin(cms.url, DEMO.comms);
    const briefs = await comms.request<{ results: Array<{ documentId: string }> }>('GET', '/content-manager/collection-types/api::brief.brief?locale=en');
    briefId = briefs.body.results[0]!.documentId;
    // One confirmed vacancies subscriber.
    const post = (path: string, body: unknown) => fetch(`${cms.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post('/api/newsletter/subscribe', { email: 'jobseeker@example.org', topics: ['vacancies'] })).status).toBe(202);
    const [confirmation] = await sink.waitFor((all) => all.length === 1, 'the confirmation mail');
    const link = /http:\/\/site\.test\/newsletter\/confirm\?token=\S+/.exec(confirmation!.mail.text!)![0];
    expect((await post('/api/newsletter/confirm', { token: new URL(link).searchParams.get('token') })).status).toBe(200);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await cms?.destroy();
    await sink?.close();
  });

  test('a comms officer sees when the next digest goes out, sends one now and sees how it went', async () => {
    const page = await openAdminAs(browser, cms.url, DEMO.comms, 'en-GB');
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::brief.brief/${briefId}?plugins[i18n][locale]=en`);

    await page.getByRole('button', { name: 'Show digest log' }).click({ timeout: 30_000 });
    // Day first, on UK clocks: "Next digest: Tuesday 8 December 2026 at 07:30 (Tuesdays at 07:30 UK time)."
    const next = new RegExp(`Next digest: ${SCHEDULED_DAY} \\d{1,2} [A-Z][a-z]+ \\d{4},? (at )?07:30 \\(${SCHEDULED_DAY}s at 07:30 UK time\\)`);
    await expect
      .poll(() => page.getByText(next).count(), { timeout: 20_000 })
      .toBe(1);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Send digest now' }).click();
    await expect.poll(() => page.getByText(/Sending the digest \(\d+ vacancies, 0 events\) to 1 subscribers\./).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const [digest] = (await sink.waitFor((all) => all.some((m) => m.to.includes('jobseeker@example.org') && m.mail.subject?.startsWith('This week from BLMK')), 'the digest')).filter(
      (m) => m.mail.subject?.startsWith('This week from BLMK'),
    );
    expect(digest!.to).toEqual(['jobseeker@example.org']);

    await page.getByRole('button', { name: 'Show digest log' }).click();
    await expect.poll(() => page.getByText(/Weekly digest of \w+ \d{1,2} \w+ \d{4} \(by comms@blmk\.local, \d+ vacancies, 0 events\): 1 sent, 0 failed/).count(), { timeout: 20_000 }).toBe(1);
    await page.close();
  });
});
