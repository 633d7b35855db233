import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin, createAndPublish as createAndPublishAs, type AdminSession } from '../../../scripts/testing/admin-api.ts';
import { startTestCms, type TestCms } from '../../../scripts/testing/cms-server.ts';
import { runSql } from '../../../scripts/testing/sql.ts';
import { startTestWeb, type TestWeb } from '../../../scripts/testing/web-server.ts';
import { EVENTS_PAGE_SIZE } from '../../server/cms/page-sizes';
import { fetchPage } from './fetch-page';
import { assertWellFormedXml, xmlBlocks, xmlTexts } from './xml';

/**
 * Feeds, sitemap and robots.txt of the built site against the seeded CMS, plus two
 * vacancies made for the test (one open, one closed), upcoming events and Polish translations.
 */

let cms: TestCms;
let web: TestWeb;
let admin: AdminSession;

const VACANCIES = '/content-manager/collection-types/api::vacancy.vacancy';
const NEWS = '/content-manager/collection-types/api::news-item.news-item';
const EVENTS = '/content-manager/collection-types/api::event.event';
const FORUM = 'discovery-stakeholder-forum';
const FORUM_PL = { title: 'Forum interesariuszy', slug: 'forum-interesariuszy' };

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

const OPEN = { title: 'Discovery check: open band 6 post', slug: 'discovery-open-post', band: 'Band 6', contractType: 'permanent', location: 'Luton', closingDate: isoDay(30), summary: 'Open & welcoming.' };
const CLOSED = { title: 'Discovery check: closed post', slug: 'discovery-closed-post', band: 'Band 4', contractType: 'fixed-term', location: 'Bedford', closingDate: isoDay(-3) };

const BULK_COUNT = 20;

const createAndPublish = (path: string, data: Record<string, unknown>, locale?: string) => createAndPublishAs(admin, path, data, locale);

/** Saves and publishes a Polish translation of an entry. */
async function publishPolish(path: string, documentId: string, polish: Record<string, unknown>) {
  const saved = await admin.request('PUT', `${path}/${documentId}?locale=pl`, polish);
  if (saved.status !== 200) throw new Error(`translate: ${saved.status} ${JSON.stringify(saved.body)}`);
  const published = await admin.request('POST', `${path}/${documentId}/actions/publish?locale=pl`, polish);
  if (published.status !== 200) throw new Error(`publish translation: ${published.status} ${JSON.stringify(published.body)}`);
}

beforeAll(async () => {
  cms = await startTestCms({ database: 'sqlite', seed: true });
  admin = await adminLogin(cms.url);
  await createAndPublish(VACANCIES, OPEN);
  // Publishing needs a closing date from today on: publish it open, then move its
  // closing date into the past as time would (the scheduler's grace period keeps it up).
  const closedId = await createAndPublish(VACANCIES, { ...CLOSED, closingDate: isoDay(1) });
  await runSql(cms.database, 'UPDATE vacancies SET closing_date = ? WHERE document_id = ?', [CLOSED.closingDate, closedId]);
  // Enough open vacancies for a second page (20 a page), closing on different days.
  for (let index = 1; index <= BULK_COUNT; index++) {
    await createAndPublish(VACANCIES, {
      title: `Discovery bulk post ${String(index).padStart(2, '0')}`,
      slug: `discovery-bulk-post-${index}`,
      band: 'Band 3',
      contractType: 'bank',
      location: 'Milton Keynes',
      closingDate: isoDay(index),
    });
  }
  const forumId = await createAndPublish(EVENTS, {
    title: 'Discovery check: stakeholder forum',
    slug: FORUM,
    sessions: [{ date: isoDay(10), startsAt: '10:00:00.000', endsAt: '12:00:00.000' }],
    venue: { name: 'Rufus Centre', postcode: 'MK45 1AH' },
  });
  await publishPolish(EVENTS, forumId, FORUM_PL);
  // The forum comes first; with these, upcoming events fill a page (10) and one more.
  for (let index = 1; index <= EVENTS_PAGE_SIZE; index++) {
    await createAndPublish(EVENTS, { title: `Discovery upcoming event ${index}`, slug: `discovery-upcoming-event-${index}`, sessions: [{ date: isoDay(10 + index) }] });
  }
  // A Polish translation of a seeded story: the sitemap lists it under /pl.
  const story = await admin.request<{ results: Array<{ documentId: string }> }>('GET', `${NEWS}?filters[slug][$eq]=blmk-single-operating-plan`);
  const documentId = story.body.results[0]!.documentId;
  await publishPolish(NEWS, documentId, { title: 'Jednolity plan operacyjny BLMK', slug: 'jednolity-plan-operacyjny-blmk' });
  // As the production site: robots.txt welcomes crawlers (a staging copy disallows them, security-headers.test.ts).
  web = await startTestWeb({ cmsUrl: cms.url, env: { NUXT_SITE_INDEXABLE: 'true' } });
});

afterAll(async () => {
  await web?.stop();
  await cms?.destroy();
});

async function getXml(path: string, type: RegExp): Promise<string> {
  const response = await fetch(`${web.url}${path}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(type);
  const xml = await response.text();
  assertWellFormedXml(xml);
  return xml;
}

describe('feeds', () => {
  test('RSS news feed: every seeded story, absolute links, valid dates', async () => {
    const xml = await getXml('/feeds/news.xml', /^application\/rss\+xml/);
    expect(xml).toContain('<rss version="2.0"');
    const items = xmlBlocks(xml, 'item');
    expect(items.map((item) => xmlTexts(item, 'title')[0])).toEqual(
      expect.arrayContaining(['BLMK Single Operating Plan', 'Transforming cancer care across BLMK', 'Primary Care Home Workshop']),
    );
    for (const item of items) {
      expect(xmlTexts(item, 'link')[0]).toMatch(new RegExp(`^${web.url}/news/[a-z0-9-]+$`));
      const date = xmlTexts(item, 'pubDate')[0]!;
      expect(date).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      expect(Number.isNaN(Date.parse(date))).toBe(false);
    }
    expect(xml).toContain(`<atom:link href="${web.url}/feeds/news.xml" rel="self"`);
  });

  test('Atom briefs feed', async () => {
    const xml = await getXml('/feeds/briefs.atom', /^application\/atom\+xml/);
    const entries = xmlBlocks(xml, 'entry');
    expect(entries.map((entry) => xmlTexts(entry, 'title')[0])).toEqual(['Central Brief: May 2018']);
    expect(entries[0]).toContain(`href="${web.url}/briefs/central-brief-may-2018"`);
    expect(xmlTexts(entries[0]!, 'published')[0]).toBe('2018-05-01T00:00:00.000Z');
  });

  test.each(['/feeds/vacancies.xml', '/feeds/vacancies.atom'])('%s lists open vacancies only', async (path) => {
    const xml = await getXml(path, /xml/);
    expect(xml).toContain(`${web.url}/vacancies/discovery-open-post`);
    expect(xml).toContain('Open &amp; welcoming.');
    expect(xml).not.toContain('discovery-closed-post');
    // The seeded advert gives no closing date: not known to be open.
    expect(xml).not.toContain('primary-care-workforce-programme-manager');
  });

  test('the combined feed has news, briefs and open vacancies, newest first', async () => {
    const xml = await getXml('/feeds/all.atom', /xml/);
    const links = xmlBlocks(xml, 'entry').map((entry) => /href="([^"]+)"/.exec(entry)![1]);
    expect(links).toEqual(expect.arrayContaining([`${web.url}/news/blmk-single-operating-plan`, `${web.url}/briefs/central-brief-may-2018`, `${web.url}/vacancies/discovery-open-post`]));
    const published = xmlBlocks(xml, 'entry').map((entry) => Date.parse(xmlTexts(entry, 'published')[0]!));
    expect(published).toEqual([...published].sort((a, b) => b - a));
  });

  test('a Polish feed links under /pl', async () => {
    const xml = await getXml('/feeds/pl/news.xml', /rss/);
    expect(xmlTexts(xml, 'link')).toContain(`${web.url}/pl/news/jednolity-plan-operacyjny-blmk`);
    // Its own words in Polish too: title, description and each entry's category.
    expect(xmlTexts(xml, 'title')[0]).toBe('Aktualności | BLMK Health and Care Partnership');
    expect(xmlTexts(xml, 'description')[0]).toBe('Aktualności – Partnerstwo na rzecz Zdrowia i Opieki Bedfordshire, Luton i Milton Keynes.');
    const categories = xmlTexts(xml, 'category');
    expect(categories.length).toBeGreaterThan(0);
    expect(new Set(categories)).toEqual(new Set(['Aktualności']));
  });

  test.each(['/feeds/events.xml', '/feeds/news.json', '/feeds/de/news.xml', '/feeds/en/news.xml'])('%s is a 404', async (path) => {
    expect((await fetch(`${web.url}${path}`)).status).toBe(404);
  });

  test('pages name the feeds in their head', async () => {
    const { html } = await fetchPage(web.url, '/news');
    expect(html).toMatch(/<link[^>]+rel="alternate"[^>]+type="application\/rss\+xml"[^>]+href="\/feeds\/all.xml"/);
    expect(html).toMatch(/<link[^>]+rel="alternate"[^>]+type="application\/atom\+xml"[^>]+href="\/feeds\/all.atom"/);
  });

  test("a page in another language names that language's feeds, titled in it", async () => {
    const { html } = await fetchPage(web.url, '/pl/news');
    expect(html).toMatch(/<link[^>]+rel="alternate"[^>]+type="application\/rss\+xml"[^>]+title="Aktualności \(RSS\)"[^>]+href="\/feeds\/pl\/news.xml"/);
    expect(html).not.toContain('href="/feeds/news.xml"');
  });
});

describe('sitemap.xml and robots.txt', () => {
  test('every published page in every locale, absolute', async () => {
    const xml = await getXml('/sitemap.xml', /^application\/xml/);
    const locs = xmlTexts(xml, 'loc');
    for (const path of [
      '/',
      '/news',
      '/news/blmk-single-operating-plan',
      '/news/transforming-cancer-care-across-blmk',
      '/briefs/central-brief-may-2018',
      '/vacancies/primary-care-workforce-programme-manager',
      // A closed vacancy's page stays reachable, so it stays in the sitemap.
      '/vacancies/discovery-closed-post',
      '/events',
      '/events/past',
      `/events/${FORUM}`,
      // A past event's page stays reachable, so it stays in the sitemap.
      '/events/mental-health-in-primary-care-home',
      '/leadership',
      '/about',
      '/accessibility',
      '/pl',
      '/pl/news/jednolity-plan-operacyjny-blmk',
      `/pl/events/${FORUM_PL.slug}`,
      '/ur/events/past',
      '/ro/events',
      '/ur/news',
      '/ro/about',
    ]) {
      expect(locs).toContain(`${web.url}${path === '/' ? '/' : path}`);
    }
    // Only translations that exist: the story has no Urdu version.
    expect(locs.filter((loc) => loc.startsWith(`${web.url}/ur/news/`))).toEqual([]);
    expect(locs.filter((loc) => loc.startsWith(`${web.url}/ro/events/`))).toEqual([`${web.url}/ro/events/past`]);
    expect(new Set(locs).size).toBe(locs.length);
    for (const lastmod of xmlTexts(xml, 'lastmod')) expect(Number.isNaN(Date.parse(lastmod))).toBe(false);
  });

  test('robots.txt allows all, keeps crawlers off the preview, names the sitemap', async () => {
    const response = await fetch(`${web.url}/robots.txt`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('User-agent: *\nAllow: /\nDisallow: /api/preview');
    expect(text).toContain(`Sitemap: ${web.url}/sitemap.xml`);
  });
});

describe('the vacancy list', () => {
  /** Vacancy titles on a list page, in order. */
  async function listed(path: string): Promise<string[]> {
    const { status, html } = await fetchPage(web.url, path);
    expect(status).toBe(200);
    return [...html.matchAll(/href="\/vacancies\/([a-z0-9-]+)"/g)].map((match) => match[1]!);
  }

  test('open vacancies only, closing soonest first, 20 a page with stable page links', async () => {
    const first = await listed('/vacancies');
    expect(first).toHaveLength(20);
    expect(first[0]).toBe('discovery-bulk-post-1');
    expect(first).not.toContain('discovery-closed-post');
    expect(first).not.toContain('primary-care-workforce-programme-manager');
    const { html } = await fetchPage(web.url, '/vacancies');
    expect(html).toMatch(/<a[^>]+href="\/vacancies\?page=2"[^>]*rel="next"|<a[^>]+rel="next"[^>]+href="\/vacancies\?page=2"/);
    expect(html).toContain(`<link rel="next" href="${web.url}/vacancies?page=2">`);
    const second = await listed('/vacancies?page=2');
    expect((await fetchPage(web.url, '/vacancies?page=2')).html).toContain(`<link rel="prev" href="${web.url}/vacancies">`);
    // The open post closes in 30 days, after every bulk post.
    expect(second).toEqual(['discovery-open-post']);
    expect((await fetchPage(web.url, '/vacancies?page=3')).status).toBe(404);
  });

  test('sorted by closing date, latest first', async () => {
    expect((await listed('/vacancies?sort=closing-latest'))[0]).toBe('discovery-open-post');
  });

  test.each([
    ['band=Band%206', ['discovery-open-post']],
    ['contractType=permanent', ['discovery-open-post']],
    ['location=luton', ['discovery-open-post']],
    ['band=Band%203&location=milton', Array.from({ length: 20 }, (_, index) => `discovery-bulk-post-${index + 1}`)],
    ['band=Band%204', []],
  ])('filtered by %s', async (query, slugs) => {
    expect(await listed(`/vacancies?${query}`)).toEqual(slugs);
  });

  test.each([
    ['band=Band%2099', 'band must be one of'],
    ['contractType=zero-hours', 'contractType must be one of'],
    ['sort=random', 'sort must be one of'],
    ['page=0', 'page must be a whole number'],
    ['location=%3Cscript%3E', 'location must be plain text'],
  ])('a bad filter (%s) is a 400 page that says what is wrong', async (query, message) => {
    const { status, text } = await fetchPage(web.url, `/vacancies?${query}`);
    expect(status).toBe(400);
    expect(text).toContain(message);
  });

  test('a closed vacancy keeps its page, which says it is closed', async () => {
    const { status, text } = await fetchPage(web.url, '/vacancies/discovery-closed-post');
    expect(status).toBe(200);
    expect(text).toContain('Closed');
  });
});

describe('the leadership list', () => {
  const LEADERSHIP = '/content-manager/collection-types/api::leadership-update.leadership-update';
  /**
   * Seeded: three updates of 2018, one dated (Cathy Jones, 7 March 2018) and two without a
   * date. These 19 are dated 2010: page 1 is the 20 dated ones, page 2 the two undated.
   */
  const OLDER_COUNT = 19;

  beforeAll(async () => {
    for (let index = 1; index <= OLDER_COUNT; index++) {
      await createAndPublish(LEADERSHIP, {
        personName: `Discovery Person ${String(index).padStart(2, '0')}`,
        slug: `discovery-person-${index}`,
        roleTitle: 'Non-executive director',
        effectiveDate: `2010-01-${String(index).padStart(2, '0')}`,
      });
    }
  });

  /** Slugs of the updates a list page links to, in order. */
  async function listed(path: string): Promise<string[]> {
    const { status, html } = await fetchPage(web.url, path);
    expect(status).toBe(200);
    return [...html.matchAll(/href="\/leadership\/([a-z0-9-]+)"/g)].map((match) => match[1]!);
  }

  test('latest appointment first, undated ones last, 20 a page with stable page links and rel prev/next', async () => {
    const first = await listed('/leadership');
    expect(first).toHaveLength(20);
    expect(first[0]).toBe('cathy-jones-l-and-d-deputy-chief-executive');
    expect(first[1]).toBe('discovery-person-19');
    expect(first.at(-1)).toBe('discovery-person-1');
    const { html } = await fetchPage(web.url, '/leadership');
    expect(html).toContain(`<link rel="next" href="${web.url}/leadership?page=2">`);
    expect((await listed('/leadership?page=2')).sort()).toEqual(['david-carter-l-and-d-ceo', 'liz-lees-l-and-d-director-of-nursing']);
    expect((await fetchPage(web.url, '/leadership?page=2')).html).toContain(`<link rel="prev" href="${web.url}/leadership">`);
    expect((await fetchPage(web.url, '/leadership?page=3')).status).toBe(404);
    expect((await fetchPage(web.url, '/leadership?page=two')).status).toBe(400);
  });

  test('each update has its own page, and the sitemap lists it', async () => {
    const { status, html } = await fetchPage(web.url, '/leadership/discovery-person-7');
    expect(status).toBe(200);
    expect(html).toMatch(/<h1[^>]*>Discovery Person 07<\/h1>/);
    expect(html).toContain('Non-executive director');
    expect((await fetchPage(web.url, '/leadership/no-such-person')).status).toBe(404);
    // The sitemap was cached by the test above, before these were made: the seeded one is in it.
    const locs = xmlTexts(await getXml('/sitemap.xml', /^application\/xml/), 'loc');
    expect(locs).toContain(`${web.url}/leadership/david-carter-l-and-d-ceo`);
  });
});

describe('the upcoming events list', () => {
  /** The slugs of the events a list page links to, in order. */
  async function listed(path: string): Promise<string[]> {
    const { status, html } = await fetchPage(web.url, path);
    expect(status).toBe(200);
    const links = [...html.matchAll(/<a [^>]*class="nhsuk-card__link"[^>]*>/g)].map((match) => match[0]);
    return links.map((link) => /href="\/events\/([a-z0-9-]+)"/.exec(link)?.[1] ?? link);
  }

  test('soonest first, a page at a time with rel=prev/next links, each event linking to its page', async () => {
    const later = Array.from({ length: EVENTS_PAGE_SIZE }, (_, index) => `discovery-upcoming-event-${index + 1}`);
    expect(await listed('/events')).toEqual([FORUM, ...later.slice(0, EVENTS_PAGE_SIZE - 1)]);
    const { html } = await fetchPage(web.url, '/events');
    expect(html).toMatch(/<a href="\/events\?page=2" class="[^"]*nhsuk-pagination__link--next[^"]*" rel="next"/);
    expect(html).toContain(`<link rel="next" href="${web.url}/events?page=2">`);
    expect(await listed('/events?page=2')).toEqual(later.slice(EVENTS_PAGE_SIZE - 1));
    const second = await fetchPage(web.url, '/events?page=2');
    expect(second.html).toContain(`<link rel="prev" href="${web.url}/events">`);
    expect(second.html).toContain(`<link rel="canonical" href="${web.url}/events?page=2">`);
    expect((await fetchPage(web.url, '/events?page=3')).status).toBe(404);
    // Upcoming events are not past ones.
    expect(await listed('/events/past')).not.toContain(FORUM);
  });

  test('in Polish, a translated event links to its Polish page', async () => {
    expect((await fetchPage(web.url, '/pl/events')).html).toContain(`href="/pl/events/${FORUM_PL.slug}"`);
  });
});

describe('the news list', () => {
  const stories = async (query: string) => {
    const { status, html, text } = await fetchPage(web.url, `/news${query}`);
    expect(status).toBe(200);
    return { slugs: [...html.matchAll(/href="\/news\/([a-z0-9-]+)"/g)].map((match) => match[1]), text };
  };

  test('by organisation: only its stories', async () => {
    expect((await stories('')).slugs).toEqual(expect.arrayContaining(['blmk-single-operating-plan', 'transforming-cancer-care-across-blmk']));
    expect((await stories('?organisation=macmillan-cancer-support')).slugs).toEqual(['transforming-cancer-care-across-blmk']);
  });

  test('by priority: the seeded stories name none', async () => {
    const { slugs, text } = await stories('?priority=P1');
    expect(slugs).toEqual([]);
    expect(text).toContain('No news matches these filters.');
  });

  test('priority and organisation options come from the CMS', async () => {
    const { html } = await fetchPage(web.url, '/news');
    expect(html).toMatch(/<option[^>]*value="P1"/);
    expect(html).toMatch(/<select[^>]*name="organisation"/);
  });

  test('a bad priority is a 400', async () => {
    expect((await fetchPage(web.url, '/news?priority=%3Cx%3E')).status).toBe(400);
  });
});

/** The JSON-LD objects of a page's head. */
function jsonLdOf(html: string): Array<Record<string, unknown>> {
  return [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!) as Record<string, unknown>);
}

describe('search engines and sharing', () => {
  test('an open vacancy has JobPosting with everything Google requires', async () => {
    const { html } = await fetchPage(web.url, '/vacancies/discovery-open-post');
    const postings = jsonLdOf(html).filter((data) => data['@type'] === 'JobPosting');
    expect(postings).toHaveLength(1);
    const posting = postings[0]!;
    for (const property of ['title', 'description', 'datePosted', 'validThrough', 'hiringOrganization', 'jobLocation', 'employmentType']) {
      expect(posting[property], property).toBeTruthy();
    }
    expect(posting).toMatchObject({ title: OPEN.title, employmentType: ['FULL_TIME'], jobLocation: { address: { addressLocality: 'Luton' } } });
    expect(String(posting.validThrough)).toMatch(new RegExp(`^${OPEN.closingDate}T23:59:59[+-]\\d{2}:\\d{2}$`));
  });

  test('a closed vacancy has none', async () => {
    const { html } = await fetchPage(web.url, '/vacancies/discovery-closed-post');
    expect(jsonLdOf(html).filter((data) => data['@type'] === 'JobPosting')).toEqual([]);
  });

  test('a news item: NewsArticle, canonical URL, Open Graph and Twitter meta', async () => {
    const { html } = await fetchPage(web.url, '/news/blmk-single-operating-plan?utm_source=x');
    expect(jsonLdOf(html)).toEqual([expect.objectContaining({ '@type': 'NewsArticle', headline: 'BLMK Single Operating Plan', datePublished: expect.any(String) })]);
    expect(html).toContain(`<link rel="canonical" href="${web.url}/news/blmk-single-operating-plan">`);
    expect(html).toContain(`<meta property="og:url" content="${web.url}/news/blmk-single-operating-plan">`);
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toMatch(/<meta property="og:title" content="BLMK Single Operating Plan">/);
    expect(html).toMatch(/<meta name="twitter:card" content="summary(_large_image)?">/);
  });

  test('the home page: Organization', async () => {
    const { html } = await fetchPage(web.url, '/');
    expect(jsonLdOf(html)).toEqual([expect.objectContaining({ '@type': 'Organization', url: web.url })]);
    expect(html).toContain(`<link rel="canonical" href="${web.url}/">`);
  });

  test("an event's page: Event with the page's own URL; the list has none", async () => {
    const { html } = await fetchPage(web.url, `/events/${FORUM}`);
    expect(jsonLdOf(html)).toEqual([
      expect.objectContaining({
        '@type': 'Event',
        name: 'Discovery check: stakeholder forum',
        startDate: `${isoDay(10)}T10:00:00`,
        url: `${web.url}/events/${FORUM}`,
        location: expect.objectContaining({ name: 'Rufus Centre' }),
      }),
    ]);
    expect(html).toContain(`<link rel="canonical" href="${web.url}/events/${FORUM}">`);
    expect(jsonLdOf((await fetchPage(web.url, '/events')).html)).toEqual([]);
  });

  test('a translated event: its Polish page, with Event at its Polish URL', async () => {
    const { status, html } = await fetchPage(web.url, `/pl/events/${FORUM_PL.slug}`);
    expect(status).toBe(200);
    expect(html).toContain(`<h1>${FORUM_PL.title}</h1>`);
    expect(html).toContain(`<link rel="canonical" href="${web.url}/pl/events/${FORUM_PL.slug}">`);
    expect(jsonLdOf(html)).toEqual([expect.objectContaining({ '@type': 'Event', name: FORUM_PL.title, url: `${web.url}/pl/events/${FORUM_PL.slug}` })]);
  });

  test.each([
    ['a brief', '/briefs/central-brief-may-2018'],
    ['a news item', '/news/blmk-single-operating-plan'],
    ['a static page', '/about'],
  ])('%s without a translation, at its Polish address, names the English page as canonical', async (_what, path) => {
    const { status, html } = await fetchPage(web.url, `/pl${path}`);
    expect(status).toBe(200);
    expect(html).toContain(`<link rel="canonical" href="${web.url}${path}">`);
    expect(html).toContain('<meta property="og:locale" content="pl_PL">');
  });

  test('a later list page is its own canonical page; filters are not', async () => {
    expect((await fetchPage(web.url, '/vacancies?page=2')).html).toContain(`<link rel="canonical" href="${web.url}/vacancies?page=2">`);
    expect((await fetchPage(web.url, '/vacancies?band=Band%206')).html).toContain(`<link rel="canonical" href="${web.url}/vacancies">`);
  });
});
