import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin } from '../../../scripts/testing/admin-api.ts';
import { launchBrowser } from '../../../scripts/testing/browser.ts';
import { runSql } from '../../../scripts/testing/sql.ts';
import { startTestCms, type TestCms } from '../../../scripts/testing/cms-server.ts';
import { startTestWeb, type TestWeb } from '../../../scripts/testing/web-server.ts';
import { SEARCH_TYPES, type SearchHit } from '@blmk/shared-types';
import { elementsOf, fetchPage } from './fetch-page';
import en from '../../i18n/locales/en.json';
import pl from '../../i18n/locales/pl.json';
import ro from '../../i18n/locales/ro.json';
import ur from '../../i18n/locales/ur.json';

/**
 * The /search page, built and served against the real CMS with the seed import, read
 * as a browser without JavaScript gets it.
 */

let cms: TestCms;
let web: TestWeb;

const NEWS = '/content-manager/collection-types/api::news-item.news-item';
/** More than one page of results (ten a page) for "heron". */
const HERON_STORIES = 12;

async function publishNews(admin: Awaited<ReturnType<typeof adminLogin>>, data: Record<string, unknown>, locale = 'en', documentId?: string): Promise<string> {
  const created = documentId
    ? await admin.request<{ data: { documentId: string } }>('PUT', `${NEWS}/${documentId}?locale=${locale}`, data)
    : await admin.request<{ data: { documentId: string } }>('POST', NEWS, data);
  expect(created.status).toBe(documentId ? 200 : 201);
  const id = created.body.data.documentId;
  const published = await admin.request('POST', `${NEWS}/${id}/actions/publish?locale=${locale}`, data);
  expect(published.status).toBe(200);
  return id;
}

/** A Polish translation, found only by a search in Polish. */
const POLISH_STORY = { title: 'Liczenie czapli', slug: 'liczenie-czapli', summary: 'Wolontariusze policzyli czaple nad rzeką.' };

beforeAll(async () => {
  cms = await startTestCms({ database: 'sqlite', seed: true });
  const admin = await adminLogin(cms.url);
  for (let index = 1; index <= HERON_STORIES; index++) {
    const documentId = await publishNews(admin, { title: `Heron count ${index}`, slug: `heron-count-${index}`, summary: `Volunteers counted herons at site ${index}.` });
    if (index === 1) await publishNews(admin, POLISH_STORY, 'pl', documentId);
  }
  await publishNews(admin, {
    title: 'Markup in a summary',
    slug: 'markup-in-a-summary',
    summary: 'An editor pasted <script>alert("kingfisher")</script> and <b>bold</b> text.',
  });
  web = await startTestWeb({ cmsUrl: cms.url });
});

afterAll(async () => {
  await web?.stop();
  await cms?.destroy();
});

const page = (path: string) => fetchPage(web.url, path);

/** The result list's items: type label, title and snippet text of each. */
function resultsOf(html: string, types = 'News|Brief|Event|Vacancy|Leadership update'): string[] {
  return elementsOf(html, 'li').filter((text) => new RegExp(`^(${types}) `).test(text));
}

describe('the CMS search route', () => {
  test('answers in the shape of the shared contract (shared-types/src/contracts/search.ts)', async () => {
    const response = await fetch(`${cms.url}/api/search?q=heron&locale=en&page=2&pageSize=5`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: SearchHit[]; meta: { pagination: Record<string, number> } };
    expect(Object.keys(body).sort()).toEqual(['data', 'meta']);
    expect(body.meta.pagination).toEqual({ page: 2, pageSize: 5, pageCount: 3, total: HERON_STORIES, totalExact: true });
    expect(body.data).toHaveLength(5);
    for (const hit of body.data) {
      expect(Object.keys(hit).sort()).toEqual(['date', 'documentId', 'locale', 'slug', 'snippet', 'title', 'type']);
      expect(SEARCH_TYPES).toContain(hit.type);
      expect(hit.snippet).toMatch(/<mark>heron/i);
    }
  });
});

describe('the search page', () => {
  test('without words it shows the form alone', async () => {
    const { status, html, text } = await page('/search');
    expect(status).toBe(200);
    expect(html).toMatch(/<form[^>]*action="\/search"[^>]*method="get"|<form[^>]*method="get"[^>]*action="\/search"/);
    expect(html).toMatch(/<label for="search-q"[^>]*>Search news, briefs, events, vacancies and leadership updates<\/label>/);
    expect(html).toMatch(/<input[^>]*id="search-q"[^>]*name="q"[^>]*type="search"/);
    expect(html).toMatch(/<button type="submit"[^>]*>\s*Search\s*<\/button>/);
    expect(text).not.toContain('No results');
    expect(html).not.toContain('<ol class="search-results"');
  });

  test('speaks the reader\'s language: Polish interface, Polish links, the CMS asked in Polish', async () => {
    const { status, html, text } = await page('/pl/search?q=czapli');
    expect(status).toBe(200);
    expect(html).toMatch(/<html[^>]*lang="pl"/);
    expect(html).toMatch(/<form[^>]*action="\/pl\/search"/);
    expect(html).toMatch(/<label for="search-q"[^>]*>Przeszukaj aktualności, biuletyny, wydarzenia, oferty pracy i wiadomości kierownictwa<\/label>/);
    expect(html).toMatch(/<button type="submit"[^>]*>\s*Szukaj\s*<\/button>/);
    expect(text).toContain('Wyniki dla „czapli”: 1');
    expect(resultsOf(html, 'Aktualności')).toEqual([expect.stringMatching(/^Aktualności Liczenie czapli /)]);
    expect(html).toContain('<a href="/pl/news/liczenie-czapli"');
    // The CMS was asked in Polish: the same words find nothing in English.
    expect(elementsOf((await page('/search?q=czapli')).html, 'h2')).toEqual(['No results for “czapli”']);

    const none = await page('/pl/search?q=xylophonist');
    expect(elementsOf(none.html, 'h2')).toEqual(['Brak wyników dla „xylophonist”']);
    expect(none.text).toContain('Sprawdź pisownię');
  });

  test('finds seeded content, best match first, with the matched words marked', async () => {
    const { status, html, text } = await page('/search?q=Single+Operating+Plan');
    expect(status).toBe(200);
    expect(text).toContain('2 results for “Single Operating Plan”');
    expect(elementsOf(html, 'h2')).toEqual(['BLMK Single Operating Plan', 'Central Brief: May 2018']);
    const results = resultsOf(html);
    expect(results[0]).toMatch(/^News BLMK Single Operating Plan .*the Single Operating Plan/);
    expect(results[1]).toMatch(/^Brief Central Brief: May 2018 .*1 May 2018$/);
    expect(html).toContain('<a href="/news/blmk-single-operating-plan"');
    expect(html).toContain('<a href="/briefs/central-brief-may-2018"');
    expect(html).toMatch(/<mark>Single<\/mark>\s*<mark>Operating<\/mark>\s*<mark>Plan<\/mark>/);
    // The query is shown back in the form.
    expect(html).toMatch(/<input[^>]*value="Single Operating Plan"/);
  });

  test('links a leadership update to its own page', async () => {
    const { html } = await page('/search?q=David+Carter');
    expect(resultsOf(html)[0]).toMatch(/^Leadership update David Carter /);
    expect(html).toContain('<a href="/leadership/david-carter-l-and-d-ceo"');
  });

  test('pages through many results with stable links', async () => {
    const first = await page('/search?q=heron');
    expect(first.text).toContain(`${HERON_STORIES} results for “heron”, page 1 of 2`);
    expect(resultsOf(first.html)).toHaveLength(10);
    expect(first.html).toMatch(/<a href="\/search\?q=heron&amp;page=2"[^>]* rel="next"[^>]*><span class="nhsuk-pagination__title">More results<\/span>/);
    // Not announced as the current page, as a NuxtLink to the same route would be.
    expect(first.html.match(/<a [^>]*rel="next"[^>]*>/)?.[0]).not.toContain('aria-current');
    expect(first.html).not.toContain('rel="prev"');

    const second = await page('/search?q=heron&page=2');
    expect(second.status).toBe(200);
    expect(resultsOf(second.html)).toHaveLength(HERON_STORIES - 10);
    expect(second.html).toMatch(/<a href="\/search\?q=heron"[^>]* rel="prev"[^>]*><span class="nhsuk-pagination__title">Previous results<\/span>/);
    const titles = [...elementsOf(first.html, 'h2'), ...elementsOf(second.html, 'h2')];
    expect(new Set(titles).size).toBe(HERON_STORIES);

    // Past the last page is a missing page; a page number that is none is a bad address, as on every list.
    expect((await page('/search?q=heron&page=3')).status).toBe(404);
    expect((await page('/search?q=heron&page=0')).status).toBe(400);
    const bad = await page('/search?q=heron&page=two');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('page must be a whole number from 1 to 1000.');
  });

  test('says "more than" when the CMS stops counting, and pages through the results it offers', async () => {
    // Straight into the CMS's search index: a thousand stories through the admin would take minutes.
    await runSql(
      cms.database,
      `INSERT INTO blmk_search_entries (type, document_id, locale, slug, title, body, date)
       WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1005)
       SELECT 'news-item', 'capybara' || i, 'en', 'capybara-' || i, 'Capybara sighting ' || i, 'Capybaras seen.', '2026-01-01' FROM n`,
    );
    try {
      const first = await page('/search?q=capybara');
      expect(first.text).toContain('More than 1000 results for “capybara”, page 1 of 100');
      expect(resultsOf(first.html)).toHaveLength(10);
      expect((await page('/search?q=capybara&page=100')).status).toBe(200);
      expect((await page('/search?q=capybara&page=101')).status).toBe(404);
    } finally {
      await runSql(cms.database, "DELETE FROM blmk_search_entries WHERE document_id LIKE 'capybara%'");
    }
  });

  test('says plainly when nothing matches', async () => {
    const { status, html, text } = await page('/search?q=xylophonist');
    expect(status).toBe(200);
    expect(elementsOf(html, 'h2')).toEqual(['No results for “xylophonist”']);
    expect(text).toContain('Check the spelling, or try fewer or more general words.');
    expect(html).not.toContain('rel="next"');
  });

  test('shows what editors wrote as text, never as markup', async () => {
    const { html } = await page('/search?q=kingfisher');
    expect(elementsOf(html, 'h2')).toEqual(['Markup in a summary']);
    expect(html).toContain('&lt;script&gt;alert(&quot;<mark>kingfisher</mark>&quot;)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>bold</b>');
  });

  test('query syntax and a too-long query get an answer, not an error', async () => {
    for (const q of ['"', 'OR *', "plan' OR 1=1 --"]) {
      expect((await page(`/search?q=${encodeURIComponent(q)}`)).status).toBe(200);
    }
    const long = await page(`/search?q=${'a'.repeat(201)}`);
    expect(long.status).toBe(200);
    expect(long.text).toContain('Your search is too long. Use up to 200 characters.');
  });
});

describe('the search box in every page header', () => {
  const LOCALES = [
    ['en', '', en],
    ['pl', '/pl', pl],
    ['ur', '/ur', ur],
    ['ro', '/ro', ro],
  ] as const;

  /** The header's search form, as served: one per page, beside the main navigation. */
  function headerSearchOf(html: string): string {
    const header = html.match(/<header[\s\S]*?<\/header>/)?.[0] ?? '';
    const forms = header.match(/<form[\s\S]*?<\/form>/g) ?? [];
    expect(forms).toHaveLength(1);
    return forms[0]!;
  }

  test.each(LOCALES)('in %s, is a GET form to that locale\'s search page, labelled in its language', async (_code, prefix, messages) => {
    const { status, html } = await page(`${prefix}/news`);
    expect(status).toBe(200);
    const form = headerSearchOf(html);
    expect(form).toMatch(new RegExp(`<form[^>]* action="${prefix}/search"[^>]* method="get"`));
    expect(form).toMatch(/<label class="nhsuk-label nhsuk-u-visually-hidden" for="header-search-q">([^<]*)<\/label>/);
    expect(elementsOf(form, 'label')).toEqual([messages.site.searchLabel]);
    expect(form).toMatch(/<input[^>]* id="header-search-q"[^>]* name="q"[^>]* type="search"/);
    expect(form).toContain(`type="submit" aria-label="${messages.site.searchButton}"`);
    // It replaces the navigation's "Search" link; ids stay unique on the page.
    expect(html).not.toMatch(new RegExp(`<a [^>]*href="${prefix}/search"`));
    expect(html.match(/id="header-search-q"/g)).toHaveLength(1);
  });

  test('on the search page, sits beside the page\'s own form without clashing ids', async () => {
    const { html } = await page('/search?q=heron');
    headerSearchOf(html);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBe(new Set(ids).size);
  });

  describe('in a browser without JavaScript, 320 px wide', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(() => browser?.close());

    test.each(LOCALES)('in %s, submitting it asks that locale\'s search page with GET ?q=', async (_code, prefix, messages) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
      try {
        const tab = await context.newPage();
        await tab.goto(`${web.url}${prefix}/`);
        // Fits the narrowest screen: nothing scrolls sideways and the box is fully on screen.
        expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        const box = await tab.locator('#header-search-q').boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(320);

        await tab.getByRole('searchbox', { name: messages.site.searchLabel }).fill('heron');
        const [request] = await Promise.all([
          tab.waitForRequest((sent) => sent.isNavigationRequest()),
          tab.getByRole('button', { name: messages.site.searchButton, exact: true }).click(),
        ]);
        expect(request.method()).toBe('GET');
        const url = new URL(request.url());
        expect(url.pathname + url.search).toBe(`${prefix}/search?q=heron`);
        await tab.waitForURL(url.href);
        // The search page in that language, with the words asked for in its own form.
        expect(await tab.locator('h1').textContent()).toBe(messages.search.title);
        expect(await tab.locator('#search-q').inputValue()).toBe('heron');
      } finally {
        await context.close();
      }
    });
  });
});
