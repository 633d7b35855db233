/**
 * `node scripts/bench/screens.ts <dir>`: full-page screenshots of every page type (seeded
 * CMS, built site, Debian's Chromium) at phone and desktop widths, to compare the look
 * of the site before and after a change to its stylesheet (bench/results/NOTES.md).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from '../testing/browser.ts';
import { startTestCms } from '../testing/cms-server.ts';
import { startTestWeb } from '../testing/web-server.ts';

const WIDTHS = { phone: 375, desktop: 1280 };

async function firstSlug(cmsUrl: string, plural: string): Promise<string> {
  const body = (await (await fetch(`${cmsUrl}/api/${plural}?locale=en&pagination[pageSize]=1`)).json()) as { data: Array<{ slug: string }> };
  return body.data[0]!.slug;
}

const outDir = path.resolve(process.argv[2] ?? 'screens');
await mkdir(outDir, { recursive: true });
const cms = await startTestCms({ database: 'sqlite', seed: true, env: { NEWSLETTER_SECRET: 'screenshots-newsletter-secret-0123456789' } });
const web = await startTestWeb({ cmsUrl: cms.url });
const browser = await launchBrowser();
try {
  const pages: Record<string, string> = {
    home: '/',
    article: `/news/${await firstSlug(cms.url, 'news-items')}`,
    brief: `/briefs/${await firstSlug(cms.url, 'briefs')}`,
    vacancy: `/vacancies/${await firstSlug(cms.url, 'vacancies')}`,
    event: `/events/${await firstSlug(cms.url, 'events')}`,
    leadership: `/leadership/${await firstSlug(cms.url, 'leadership-updates')}`,
    news: '/news',
    search: '/search?q=health',
    about: '/about',
    notFound: '/no/such/page',
    urdu: '/ur',
  };
  for (const [device, width] of Object.entries(WIDTHS)) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const [name, pagePath] of Object.entries(pages)) {
      await page.goto(`${web.url}${pagePath}`);
      await page.screenshot({ path: path.join(outDir, `${name}-${device}.png`), fullPage: true });
    }
    // The subscribe form refused (no topic ticked): its error summary and field errors.
    await page.goto(`${web.url}/newsletter`);
    await page.getByLabel('The Central Brief').uncheck();
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.waitForURL(`${web.url}/newsletter`);
    await page.screenshot({ path: path.join(outDir, `newsletter-error-${device}.png`), fullPage: true });
    // Keyboard focus on the first link (the skip link) and on a header link.
    await page.keyboard.press('Tab');
    await page.screenshot({ path: path.join(outDir, `focus-skip-${device}.png`) });
    await context.close();
  }
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  await web.stop();
  await cms.destroy();
}
