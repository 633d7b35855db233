import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin } from '../../../scripts/testing/admin-api.ts';
import { launchBrowser } from '../../../scripts/testing/browser.ts';
import { startTestCms, type TestCms } from '../../../scripts/testing/cms-server.ts';
import { startTestWeb, type TestWeb } from '../../../scripts/testing/web-server.ts';
import { scriptWeight } from '../../../scripts/testing/script-weight.ts';
import { axeViolations } from './axe';
import { englishFound, englishInterfaceText, textOutsideEnglish, TRANSLATED_LOCALES } from './english-interface';

/**
 * Accessibility in real Chromium against the built site and the seeded CMS: axe-core's
 * WCAG 2.2 AA rules on every page type in every language, reflow at 320px (English and
 * right-to-left Urdu), a keyboard-only journey to a vacancy's contact link with visible
 * focus, and reading with JavaScript turned off. On the Polish, Urdu and Romanian pages
 * no English interface text shows outside content marked as English.
 */

let cms: TestCms;
let web: TestWeb;
let browser: Browser;

const VACANCIES = '/content-manager/collection-types/api::vacancy.vacancy';
const JOURNEY_VACANCY = 'primary-care-workforce-programme-manager';

/**
 * The seeded vacancy closed long ago, and the vacancy list shows open ones only: move
 * its closing date a month ahead so the keyboard journey finds it on the list.
 */
async function reopenJourneyVacancy(cmsUrl: string) {
  const admin = await adminLogin(cmsUrl);
  const found = await admin.request<{ results: Array<{ documentId: string }> }>('GET', `${VACANCIES}?filters[slug][$eq]=${JOURNEY_VACANCY}`);
  const documentId = found.body.results[0]?.documentId;
  if (!documentId) throw new Error(`seeded vacancy ${JOURNEY_VACANCY} not found`);
  const change = { closingDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) };
  for (const [method, path] of [['PUT', `${VACANCIES}/${documentId}`], ['POST', `${VACANCIES}/${documentId}/actions/publish`]] as const) {
    const response = await admin.request(method, path, change);
    if (response.status !== 200) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
  }
}

beforeAll(async () => {
  cms = await startTestCms({ database: 'sqlite', seed: true });
  await reopenJourneyVacancy(cms.url);
  [web, browser] = await Promise.all([startTestWeb({ cmsUrl: cms.url }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await cms?.destroy();
});

/** One page of every type: home, every list, every kind of detail, the static pages and a 404. */
const PAGES: Array<[string, number]> = [
  ['/', 200],
  ['/news', 200],
  ['/news/blmk-single-operating-plan', 200],
  // Footnotes with long addresses.
  ['/news/transforming-cancer-care-across-blmk', 200],
  ['/briefs', 200],
  ['/briefs/central-brief-may-2018', 200],
  ['/vacancies', 200],
  // The filter forms with choices made, and a list that matches nothing.
  ['/vacancies?band=Band%207&contractType=permanent&location=Luton&sort=closing-latest', 200],
  ['/vacancies?band=Band%201', 200],
  ['/vacancies/primary-care-workforce-programme-manager', 200],
  ['/news?organisation=macmillan-cancer-support', 200],
  ['/news?priority=P1', 200],
  ['/events', 200],
  ['/events/past', 200],
  ['/events/mental-health-in-primary-care-home', 200],
  ['/leadership', 200],
  ['/leadership/david-carter-l-and-d-ceo', 200],
  ['/about', 200],
  ['/accessibility', 200],
  ['/no/such/page', 404],
  // A bad filter: the 400 page.
  ['/vacancies?band=Band%2099', 400],
  // Search: results, the empty state, a refused (too long) search, and in Polish.
  ['/search?q=cancer', 200],
  ['/search?q=zzzz', 200],
  [`/search?q=${'a'.repeat(201)}`, 200],
  ['/pl/search?q=opieka', 200],
  // The newsletter form, in English and in Urdu (right to left).
  ['/newsletter', 200],
  ['/ur/newsletter', 200],
];

async function openPage(path: string, options: { width?: number; javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1024, height: 800 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const response = await page.goto(new URL(path, web.url).href, { waitUntil: 'load' });
  return { page, status: response?.status(), close: () => context.close() };
}

describe('axe finds no WCAG 2.2 A or AA violation', () => {
  test.each(PAGES)('%s', async (path, expectedStatus) => {
    const { page, status, close } = await openPage(path);
    try {
      expect(status).toBe(expectedStatus);
      const violations = await axeViolations(page);
      expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`)).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the search pages checked above are in the state their names say', async () => {
    const results = await openPage('/search?q=cancer');
    const empty = await openPage('/search?q=zzzz');
    const polish = await openPage('/pl/search?q=opieka');
    try {
      expect(await results.page.locator('.search-result').count()).toBeGreaterThan(0);
      expect(await empty.page.locator('.search-result').count()).toBe(0);
      expect(await empty.page.getByRole('heading', { level: 2, name: 'No results for “zzzz”' }).count()).toBe(1);
      expect(await polish.page.locator('html').getAttribute('lang')).toBe('pl');
      // The page's own search button (the header has a search box of its own).
      expect(await polish.page.getByRole('main').getByRole('button', { name: 'Szukaj' }).count()).toBe(1);
    } finally {
      await Promise.all([results.close(), empty.close(), polish.close()]);
    }
  });

  test('the check can fail: an image without alt text on the page is reported', async () => {
    const { page, close } = await openPage('/');
    try {
      await page.evaluate(() => document.querySelector('main')?.append(document.createElement('img')));
      expect((await axeViolations(page)).map((violation) => violation.id)).toContain('image-alt');
    } finally {
      await close();
    }
  });

  test('on a narrow screen too (the header and breadcrumb change shape at 320px)', async () => {
    const { page, close } = await openPage('/vacancies/primary-care-workforce-programme-manager', { width: 320 });
    try {
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('content reflows at 320px wide, with no horizontal scrolling', () => {
  test.each(PAGES)('%s', async (path) => {
    const { page, close } = await openPage(path, { width: 320 });
    try {
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.client).toBe(320);
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    } finally {
      await close();
    }
  });
});

/** A PAGES entry's address in another language: '/news' → '/pl/news', '/' → '/pl'. */
function inLocale(locale: string, path: string): string {
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** Every PAGES entry that is not already in a language other than English. */
const ENGLISH_PAGES = () => PAGES.filter(([path]) => !/^\/(pl|ur|ro)(?=[/?]|$)/.test(path));

/**
 * Every page type in Polish, Urdu and Romanian, in one tab per language (a page per
 * entry would cost a browser context each): axe is clean, and no English interface text
 * shows outside content marked lang="en".
 */
describe.each(TRANSLATED_LOCALES)('every page type in %s', (locale) => {
  const english = englishInterfaceText(locale);
  let tab: Page;

  beforeAll(async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    tab = await context.newPage();
  });
  afterAll(async () => {
    await tab?.context().close();
  });

  test('the English interface text looked for includes the helpers\' words and the locale files\' sentences', () => {
    expect(english).toEqual(expect.arrayContaining(['a year', 'hours a week', 'Permanent', 'Page not found', 'Skip to main content']));
  });

  test.each(ENGLISH_PAGES().map(([path, status]) => [inLocale(locale, path), status] as const))('%s', async (path, expectedStatus) => {
    const response = await tab.goto(new URL(path, web.url).href, { waitUntil: 'load' });
    expect(response?.status()).toBe(expectedStatus);
    expect(await tab.locator('html').getAttribute('lang')).toBe(locale);
    const violations = await axeViolations(tab);
    expect.soft(violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`)).toEqual([]);
    expect.soft(englishFound(await textOutsideEnglish(tab), english)).toEqual([]);
  });
});

describe('the English interface check can fail', () => {
  test('an English label put on a Polish page is found; the same words inside lang="en" are not', async () => {
    const context = await browser.newContext();
    try {
      const tab = await context.newPage();
      await tab.goto(new URL('/pl/vacancies/primary-care-workforce-programme-manager', web.url).href);
      const english = englishInterfaceText('pl');
      expect(englishFound(await textOutsideEnglish(tab), english)).toEqual([]);
      await tab.evaluate(() => {
        const marked = document.createElement('p');
        marked.lang = 'en';
        marked.textContent = '£30,000 a year, 37.5 hours a week';
        const unmarked = document.createElement('p');
        unmarked.textContent = 'Permanent';
        document.querySelector('main')?.append(marked, unmarked);
      });
      expect(englishFound(await textOutsideEnglish(tab), english)).toEqual(['"Permanent" in "Permanent"']);
    } finally {
      await context.close();
    }
  });
});

describe('dates in the reader\'s language', () => {
  test('a Polish vacancy page gives its closing date in Polish, the English one in English', async () => {
    const context = await browser.newContext();
    try {
      const tab = await context.newPage();
      const path = '/vacancies/primary-care-workforce-programme-manager';
      await tab.goto(new URL(path, web.url).href);
      const datetime = await tab.locator('main time').first().getAttribute('datetime');
      const englishDate = await tab.locator('main time').first().innerText();
      await tab.goto(new URL(`/pl${path}`, web.url).href);
      const polishDate = await tab.locator(`main time[datetime="${datetime}"]`).first().innerText();
      const [year, month, day] = datetime!.split('-').map(Number);
      const date = new Date(Date.UTC(year!, month! - 1, day!));
      expect(englishDate).toBe(new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date));
      expect(polishDate).toBe(new Intl.DateTimeFormat('pl', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date));
      expect(polishDate).not.toBe(englishDate);
    } finally {
      await context.close();
    }
  });
});

describe('right-to-left pages reflow at 320px wide too', () => {
  let tab: Page;
  beforeAll(async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    tab = await context.newPage();
  });
  afterAll(async () => {
    await tab?.context().close();
  });

  test.each(ENGLISH_PAGES().map(([path]) => inLocale('ur', path)))('%s', async (path) => {
    await tab.goto(new URL(path, web.url).href, { waitUntil: 'load' });
    const widths = await tab.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.client).toBe(320);
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });
});

/** What has focus now, and whether it shows: an outline or a box shadow that is really drawn. */
function focusState(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0 && style.outlineColor !== 'transparent' && !/rgba\(.*, 0\)$/.test(style.outlineColor);
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      href: element.getAttribute('href'),
      visible: outline || shadow,
      focusStyle: `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}`,
    };
  });
}

/**
 * Presses Tab until the focused element matches, checking that every element focused on
 * the way shows its focus. Fails when the element is never reached.
 */
async function tabUntil(page: Page, wanted: (focus: { tag: string; text: string; href: string | null }) => boolean, maxPresses = 80) {
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab');
    const focus = await focusState(page);
    if (!focus) continue;
    expect(focus.visible, `focus on <${focus.tag}> "${focus.text}" is not visible (${focus.focusStyle})`).toBe(true);
    if (wanted(focus)) return focus;
  }
  throw new Error(`Not reached after ${maxPresses} presses of Tab`);
}

describe('keyboard only', () => {
  test('from the home page, reach and open a vacancy, then its contact link, focus visible throughout', async () => {
    const { page, close } = await openPage('/');
    try {
      // The first Tab lands on the skip link.
      const skip = await tabUntil(page, () => true, 1);
      expect(skip.text).toBe('Skip to main content');

      await tabUntil(page, (focus) => focus.href === '/vacancies' && focus.text === 'Vacancies');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/vacancies$/);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Vacancies');

      // Past the filter form (selects, text box, button), each showing its focus.
      await tabUntil(page, (focus) => focus.tag === 'button' && focus.text === 'Show vacancies');
      await tabUntil(page, (focus) => focus.href === '/vacancies/primary-care-workforce-programme-manager');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/vacancies\/primary-care-workforce-programme-manager$/);
      await expect.poll(() => page.locator('h1').textContent()).toContain('Primary Care Workforce Programme Manager');

      // The advert gives no apply link: applying is by contacting Alison Lathwell.
      const contact = await tabUntil(page, (focus) => focus.href?.startsWith('mailto:') ?? false);
      expect(contact.href).toBe('mailto:Alison.lathwell@bedfordshireccg.nhs.uk');
    } finally {
      await close();
    }
  });
});

describe('pages are read without client JavaScript', () => {
  test.each(PAGES)('%s sends no script at all', async (path, status) => {
    const weight = await scriptWeight(web.url, path, status);
    expect(weight.scripts).toEqual([]);
    expect(weight.inlineBytes).toBe(0);
  });

  test('a news article reads in full with JavaScript turned off', async () => {
    const { page, status, close } = await openPage('/news/transforming-cancer-care-across-blmk', { javaScriptEnabled: false });
    try {
      expect(status).toBe(200);
      expect(await page.locator('h1').innerText()).toBe('Transforming cancer care across BLMK');
      const main = await page.locator('main').innerText();
      for (const text of ['Catching it early', 'Sources', 'Statistics Factsheet. Macmillan Cancer Support. December 2017']) {
        expect(main).toContain(text);
      }
      // Styled by the compiled NHS stylesheet, which needs no script either.
      const header = await page.locator('header.nhsuk-header').evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(header).toBe('rgb(0, 94, 184)');
      // Links are plain links: following one loads the next page.
      await page.locator('nav[aria-label="Main"] a', { hasText: 'Vacancies' }).click();
      await page.waitForURL(/\/vacancies$/);
      expect(await page.locator('h1').innerText()).toBe('Vacancies');
    } finally {
      await close();
    }
  });
});
