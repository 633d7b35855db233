import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../../scripts/testing/browser.ts';
import { startTestCms, type TestCms } from '../../../scripts/testing/cms-server.ts';
import { startTestWeb, type TestWeb } from '../../../scripts/testing/web-server.ts';

/**
 * Every response of the built site carries the security headers (cached pages, errors,
 * feeds, media and API routes alike) and no version banner; a site not configured as
 * production keeps crawlers out; Chromium loads pages under the policy without a
 * violation.
 */

/** A seeded story (../shared/seeds: the May 2018 Central Brief). */
const ARTICLE = '/news/blmk-single-operating-plan';
const ADMIN_ORIGIN = 'https://cms.blmk.example';

let cms: TestCms;
let staging: TestWeb;
let production: TestWeb;
let browser: Browser;

beforeAll(async () => {
  cms = await startTestCms({ database: 'sqlite', seed: true });
  staging = await startTestWeb({ cmsUrl: cms.url, env: { NUXT_CMS_ADMIN_ORIGIN: ADMIN_ORIGIN } });
  production = await startTestWeb({ cmsUrl: cms.url, env: { NUXT_SITE_INDEXABLE: 'true' } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await staging?.stop();
  await production?.stop();
  await cms?.destroy();
});

function expectSecurityHeaders(response: Response, path: string): void {
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp, path).toContain("script-src 'none'");
  expect(csp, path).toContain("default-src 'none'");
  expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
  expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
  expect(response.headers.get('strict-transport-security'), path).toContain('max-age=');
  expect(response.headers.get('permissions-policy'), path).toContain('camera=()');
  expect(response.headers.get('x-powered-by'), path).toBeNull();
}

describe('security headers', () => {
  test.each([
    [ARTICLE, 200],
    ['/', 200],
    ['/pl/news', 200],
    ['/no-such-page', 404],
    ['/news/no-such-story', 404],
    ['/feeds/news.xml', 200],
    ['/sitemap.xml', 200],
    ['/robots.txt', 200],
    ['/uploads/no-such-file.png', 404],
    ['/search?q=plan', 200],
  ])('%s (%i) carries them, the first time and from the cache', async (path, status) => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await fetch(`${staging.url}${path}`);
      expect(response.status, path).toBe(status);
      expectSecurityHeaders(response, path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });

  test('an API route carries them too, and a malformed post as well', async () => {
    const response = await fetch(`${staging.url}/api/newsletter/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
      redirect: 'manual',
    });
    // The form answers everything with a redirect back to the form (it works without JavaScript).
    expect([303, 400, 415]).toContain(response.status);
    expectSecurityHeaders(response, '/api/newsletter/subscribe');
  });

  test('only the CMS admin may frame a preview', async () => {
    const response = await fetch(`${staging.url}/api/preview?type=news-item&documentId=x&secret=wrong`, { redirect: 'manual' });
    expect(response.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${ADMIN_ORIGIN}`);
    expect(response.headers.get('x-frame-options')).toBeNull();
  });
});

describe('indexing', () => {
  test('a site not configured as production tells crawlers to stay away', async () => {
    const robots = await (await fetch(`${staging.url}/robots.txt`)).text();
    expect(robots).toBe('User-agent: *\nDisallow: /\n');
    expect((await fetch(`${staging.url}${ARTICLE}`)).headers.get('x-robots-tag')).toBe('noindex, nofollow');
  });

  test('the production site is indexable and names its sitemap', async () => {
    const robots = await (await fetch(`${production.url}/robots.txt`)).text();
    expect(robots).toContain('Allow: /');
    expect(robots).toContain(`Sitemap: ${production.url}/sitemap.xml`);
    expect((await fetch(`${production.url}${ARTICLE}`)).headers.get('x-robots-tag')).toBeNull();
  });
});

describe('in Chromium', () => {
  test.each([ARTICLE, '/', '/search?q=plan', '/newsletter', '/no-such-page'])('%s loads with no policy violation', async (path) => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    try {
      await page.goto(`${staging.url}${path}`, { waitUntil: 'load' });
      const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(styled).not.toBe('');
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
