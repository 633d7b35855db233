import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from '../../../scripts/lib/ports.ts';
import { adminLogin } from '../../../scripts/testing/admin-api.ts';
import { launchBrowser } from '../../../scripts/testing/browser.ts';
import { startTestCms, TEST_ADMIN, type TestCms } from '../../../scripts/testing/cms-server.ts';
import { startSmtpSink, type SmtpSink } from '../../../scripts/testing/smtp-sink.ts';
import { startTestWeb, type TestWeb } from '../../../scripts/testing/web-server.ts';
import { axeViolations as wcagViolations } from './axe';

/** Accessibility of the newsletter: the site's forms in a real browser, and the mails as HTML. */

let cms: TestCms;
let web: TestWeb;
let sink: SmtpSink;
let browser: Browser;

/** The shared axe run (./axe.ts, WCAG 2.2 A and AA), one line per violation. */
async function axeViolations(page: Page): Promise<string[]> {
  const violations = await wcagViolations(page);
  return violations.map((violation) => `${violation.id}: ${violation.help} (${violation.targets.join(', ')})`);
}

beforeAll(async () => {
  sink = await startSmtpSink();
  const webPort = await freePort();
  cms = await startTestCms({
    database: 'sqlite',
    env: {
      NEWSLETTER_SECRET: 'browser-test-secret',
      SITE_URL: `http://127.0.0.1:${webPort}`,
      SMTP_HOST: sink.host,
      SMTP_PORT: String(sink.port),
      EMAIL_FROM: 'BLMK <news@blmk.test>',
    },
  });
  web = await startTestWeb({ cmsUrl: cms.url, port: webPort });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await cms?.destroy();
  await sink?.close();
});

describe('newsletter accessibility', () => {
  test('the subscribe form passes axe; a refused form focuses the error summary, whose links reach the fields', async () => {
    const page = await browser.newPage();
    await page.goto(`${web.url}/newsletter`);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('The Central Brief').uncheck();
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.waitForURL(`${web.url}/newsletter`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('nhsuk-error-summary');
    expect(await page.title()).toMatch(/^Error: /);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Enter your e-mail address.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
    await page.close();
  });

  test('the mails pass axe: the confirmation, the brief and the weekly digest', async () => {
    const page = await browser.newPage();
    await page.goto(`${web.url}/newsletter`);
    await page.getByLabel('Email address').fill('axe.reader@example.org');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.waitForURL(/subscribed=1/);
    const admin = await adminLogin(cms.url);
    const briefs = (await (await fetch(`${cms.url}/api/briefs`)).json()) as { data: Array<{ documentId: string }> };
    expect((await admin.request('POST', `/blmk/newsletter/briefs/${briefs.data[0]!.documentId}/test`)).status).toBe(200);
    // The weekly digest too: the seed's vacancies were published moments ago, so they are new.
    expect((await admin.request('POST', '/blmk/newsletter/digests/test')).status).toBe(200);

    const messages = await sink.waitFor(
      (all) => all.some((m) => m.to.includes('axe.reader@example.org')) && all.filter((m) => m.to.includes(TEST_ADMIN.email)).length === 2,
      'the confirmation and the two test mails',
    );
    for (const message of messages) {
      await page.setContent(message.mail.html as string);
      expect(await axeViolations(page), message.mail.subject).toEqual([]);
      // Readable on a phone: nothing wider than the screen.
      await page.setViewportSize({ width: 360, height: 640 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    await page.close();
  });
});
