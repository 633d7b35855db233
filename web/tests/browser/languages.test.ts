import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin } from '../../../scripts/testing/admin-api.ts';
import { launchBrowser } from '../../../scripts/testing/browser.ts';
import { startTestCms, type TestCms } from '../../../scripts/testing/cms-server.ts';
import { startTestWeb, type TestWeb } from '../../../scripts/testing/web-server.ts';
import { elementsOf, fetchPage } from '../site/fetch-page';
import { axeViolations } from './axe';

/**
 * The site in the reader's language: a translation made in the CMS (through the admin
 * API, as a comms officer does) is read at its prefixed address; untranslated content
 * shows in English with a notice in the reader's language; every page says its
 * language and direction and links its other languages; axe is clean on translated,
 * fallback and right-to-left pages.
 */

let cms: TestCms;
let web: TestWeb;
let browser: Browser;

const SLUG = 'blmk-single-operating-plan';
const POLISH = {
  title: 'Jednolity Plan Operacyjny BLMK',
  slug: SLUG,
  summary: 'Partnerstwo BLMK przedstawiło NHS England wspólny plan strategiczny na lata 2018/19.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Plan określa cele partnerstwa i sposób ich realizacji.' }] }],
};

beforeAll(async () => {
  cms = await startTestCms({ database: 'sqlite', seed: true });
  [web, browser] = await Promise.all([startTestWeb({ cmsUrl: cms.url }), launchBrowser()]);

  // A comms officer adds the Polish version of a seeded story and publishes it.
  const found = (await (await fetch(`${cms.url}/api/news-items?filters[slug][$eq]=${SLUG}`)).json()) as { data: Array<{ documentId: string }> };
  const documentId = found.data[0]!.documentId;
  const admin = await adminLogin(cms.url);
  const path = `/content-manager/collection-types/api::news-item.news-item/${documentId}`;
  const saved = await admin.request('PUT', `${path}?locale=pl`, POLISH);
  expect(saved.status).toBe(200);
  const published = await admin.request('POST', `${path}/actions/publish?locale=pl`, POLISH);
  expect(published.status).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await cms?.destroy();
});

const page = (path: string) => fetchPage(web.url, path);

describe('a translation made in the CMS', () => {
  test('is read at /pl/news/<slug>, in Polish, with the Polish interface and no notice', async () => {
    const { status, html, text } = await page(`/pl/news/${SLUG}`);
    expect(status).toBe(200);
    expect(html).toMatch(/<html[^>]* lang="pl"/);
    expect(html).toMatch(/<html[^>]* dir="ltr"/);
    expect(elementsOf(html, 'h1')).toEqual([POLISH.title]);
    expect(text).toContain(POLISH.summary);
    expect(text).toContain('Plan określa cele partnerstwa');
    expect(text).toContain('Wszystkie aktualności');
    expect(text).not.toContain('nie została jeszcze przetłumaczona');
    // Nothing in the page's content is marked as English (the switcher's "English" link is).
    const main = /<main[\s\S]*<\/main>/.exec(html)?.[0];
    expect(main).toContain(POLISH.title);
    expect(main).not.toContain('lang="en"');
  });

  test('shows in the Polish news list among the English items, which are marked as English', async () => {
    const { html, text } = await page('/pl/news');
    expect(elementsOf(html, 'h1')).toEqual(['Aktualności']);
    expect(text).toContain(POLISH.title);
    expect(text).toContain('Transforming cancer care across BLMK');
    expect(text).toContain('Niektóre pozycje nie zostały jeszcze przetłumaczone');
    const cards = [...html.matchAll(/<article class="nhsuk-card[^"]*"([^>]*)>([\s\S]*?)<\/article>/g)];
    const polishCard = cards.find((card) => card[2]!.includes(POLISH.title));
    const englishCard = cards.find((card) => card[2]!.includes('Transforming cancer care across BLMK'));
    expect(polishCard?.[1]).not.toContain('lang=');
    expect(englishCard?.[1]).toContain('lang="en"');
    expect(html).toContain(`href="/pl/news/${SLUG}"`);
  });

  test('leaves the English page as it was', async () => {
    const { html } = await page(`/news/${SLUG}`);
    expect(html).toMatch(/<html[^>]* lang="en"/);
    expect(elementsOf(html, 'h1')).toEqual(['BLMK Single Operating Plan']);
  });
});

describe('content without a translation', () => {
  test.each([
    ['/pl/news/transforming-cancer-care-across-blmk', 'Transforming cancer care across BLMK', 'Ta strona nie została jeszcze przetłumaczona, dlatego wyświetlamy ją po angielsku.'],
    ['/ro/vacancies/primary-care-workforce-programme-manager', 'Primary Care Workforce Programme Manager', 'Această pagină nu a fost încă tradusă, așa că este afișată în limba engleză.'],
    ['/ur/briefs/central-brief-may-2018', 'Central Brief: May 2018', 'اس صفحے کا ابھی ترجمہ نہیں ہوا، اس لیے یہ انگریزی میں دکھایا جا رہا ہے۔'],
    ['/pl/about', 'About the partnership', 'Ta strona nie została jeszcze przetłumaczona, dlatego wyświetlamy ją po angielsku.'],
  ])('%s shows the English content, marked as English, under a notice in the reader’s language', async (path, heading, notice) => {
    const { status, html, text } = await page(path);
    expect(status).toBe(200);
    expect(elementsOf(html, 'h1')).toEqual([heading]);
    expect(text).toContain(notice);
    expect(html).toMatch(/<article[^>]* lang="en" dir="ltr"/);
  });

  test.each([
    ['/pl/accessibility', 'Deklaracja dostępności', 'Zgłaszanie problemu'],
    ['/ur/accessibility', 'رسائی کا بیان', 'کسی مسئلے کی اطلاع دینا'],
    ['/ro/accessibility', 'Declarație de accesibilitate', 'Semnalarea unei probleme'],
  ])('%s, a static page translated in content/<locale>/, is in that language with no notice', async (path, heading, subheading) => {
    const { status, html, text } = await page(path);
    expect(status).toBe(200);
    expect(elementsOf(html, 'h1')).toEqual([heading]);
    expect(text).toContain(subheading);
    expect(/<main[\s\S]*<\/main>/.exec(html)?.[0]).not.toContain('lang="en"');
    expect(text).not.toContain('Reporting a problem');
  });

  test('a translation’s own path is not a page of another language', async () => {
    expect((await page('/ro/pl/accessibility')).status).toBe(404);
    expect((await page('/pl/accessibility')).status).toBe(200);
  });

  test('a slug that exists in no language is still a 404, in the reader’s language', async () => {
    const { status, html } = await page('/pl/news/no-such-story');
    expect(status).toBe(404);
    expect(elementsOf(html, 'h1')).toEqual(['Nie znaleziono strony']);
  });
});

describe('every page says its language and links the others', () => {
  test.each([
    ['/', 'en', 'ltr', 'Home'],
    ['/pl', 'pl', 'ltr', 'Strona główna'],
    ['/ur', 'ur', 'rtl', 'ہوم'],
    ['/ro', 'ro', 'ltr', 'Acasă'],
    ['/ur/vacancies', 'ur', 'rtl', 'ملازمتیں'],
  ])('%s is lang=%s dir=%s, with its interface translated', async (path, lang, dir, navText) => {
    const { status, html } = await page(path);
    expect(status).toBe(200);
    expect(html).toMatch(new RegExp(`<html[^>]* lang="${lang}"`));
    expect(html).toMatch(new RegExp(`<html[^>]* dir="${dir}"`));
    expect(elementsOf(html, 'nav')[1]).toContain(navText);
  });

  test.each(['/', '/news', `/news/${SLUG}`, '/vacancies/primary-care-workforce-programme-manager', '/pl/events', '/ur/leadership', '/ro/about'])(
    '%s has hreflang alternates in every language and x-default',
    async (path) => {
      const { html } = await page(path);
      const english = path.replace(/^\/(pl|ur|ro)(?=\/|$)/, '') || '/';
      const alternates = Object.fromEntries(
        [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => [match[1], match[2]]),
      );
      const at = (prefix: string) => `${web.url}${prefix}${english === '/' && prefix ? '' : english}`;
      expect(alternates).toEqual({ en: at(''), pl: at('/pl'), ur: at('/ur'), ro: at('/ro'), 'x-default': at('') });
    },
  );

  test('the language switcher offers this page in each language, named in that language', async () => {
    const { html } = await page('/vacancies');
    for (const [href, lang, name] of [
      ['/pl/vacancies', 'pl', 'Polski'],
      ['/ur/vacancies', 'ur', 'اردو'],
      ['/ro/vacancies', 'ro', 'Română'],
    ]) {
      expect(html).toMatch(new RegExp(`<a[^>]*href="${href}"[^>]*lang="${lang}"[^>]*hreflang="${lang}"[^>]*>${name}</a>`));
    }
  });
});

describe('axe finds no WCAG 2.2 A or AA violation in other languages', () => {
  test.each([`/pl/news/${SLUG}`, '/pl/news', '/pl/news/transforming-cancer-care-across-blmk', '/ur', '/ur/vacancies/primary-care-workforce-programme-manager', '/ro/events'])(
    '%s',
    async (path) => {
      const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
      try {
        const tab = await context.newPage();
        await tab.goto(new URL(path, web.url).href);
        const violations = await axeViolations(tab);
        expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
