import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EVENTS_PAGE_SIZE } from '../../server/cms/page-sizes';
import { adminLogin, createAndPublish } from '../../../scripts/testing/admin-api.ts';
import { startTestCms, type TestCms } from '../../../scripts/testing/cms-server.ts';
import { startTestWeb, type TestWeb } from '../../../scripts/testing/web-server.ts';
import { elementsOf, fetchPage } from './fetch-page';

/**
 * The built site against the real CMS with the seed import: what a reader gets for
 * each page type, with the facts of the two source documents, plus enough past events
 * made for the test to fill two pages of the past events list.
 */

let cms: TestCms;
let web: TestWeb;

const EVENTS = '/content-manager/collection-types/api::event.event';
/** One more past event than a page holds, each in January 2019: after the seeded ones (2017, 2018). */
const PAST_EVENTS = Array.from({ length: EVENTS_PAGE_SIZE + 1 }, (_, index) => ({
  title: `Pages check: past event ${index + 1}`,
  slug: `pages-past-event-${index + 1}`,
  sessions: [{ date: `2019-01-${String(index + 1).padStart(2, '0')}`, startsAt: '10:00:00.000', endsAt: '11:00:00.000' }],
}));

beforeAll(async () => {
  cms = await startTestCms({ database: 'sqlite', seed: true });
  const admin = await adminLogin(cms.url);
  for (const event of PAST_EVENTS) await createAndPublish(admin, EVENTS, event);
  web = await startTestWeb({ cmsUrl: cms.url });
});

afterAll(async () => {
  await web?.stop();
  await cms?.destroy();
});

const page = (path: string) => fetchPage(web.url, path);

describe('every page type shows its seeded content', () => {
  test.each<[string, string, string[]]>([
    ['/', 'Bedfordshire, Luton and Milton Keynes Health and Care Partnership', ['Latest brief', 'Central Brief: May 2018', 'Latest news']],
    ['/news', 'News', ['BLMK Single Operating Plan', 'Transforming cancer care across BLMK', 'Primary Care Home Workshop']],
    [
      '/news/blmk-single-operating-plan',
      'BLMK Single Operating Plan',
      [
        'have submitted a “milestone” joint strategic plan – the Single Operating Plan – which sets out its aims for 2018/19 to NHS England. Historically health',
        'Richard Carr, Senior Responsible Officer for BLMK',
      ],
    ],
    [
      '/news/transforming-cancer-care-across-blmk',
      'Transforming cancer care across BLMK',
      ['Catching it early', 'Sources', 'Statistics Factsheet. Macmillan Cancer Support. December 2017', 'https://www.ons.gov.uk/peoplepopulationandcommunity'],
    ],
    ['/briefs', 'Briefs', ['Central Brief: May 2018', 'Issue: May 2018']],
    ['/briefs/central-brief-may-2018', 'Central Brief: May 2018', ['Issue: May 2018', 'Single Operating Plan', 'David Carter', 'Band 8c']],
    // The seeded advert gives no closing date, so it is not known to be open: not listed.
    ['/vacancies', 'Vacancies', ['There are no open vacancies with a closing date today or later.']],
    [
      '/vacancies/primary-care-workforce-programme-manager',
      'Primary Care Workforce Programme Manager',
      [
        'Band Band 8c',
        'Hours 37.5 hours a week',
        'Contract Secondment or fixed term, Secondment/Fixed Term until March 2020',
        'Location Flexible. Offices at the Poynt, Luton.',
        'Travel Must be able to travel across Luton, Bedfordshire and Milton Keynes.',
        'Employer Cambridgeshire Community Services',
        'Contact Alison Lathwell, BLMK ICS Workforce Transformation Lead',
        // The advert gives none of these: said honestly, never invented.
        'Closing date Not given',
        'Salary Not given',
        'How to apply Not given',
        'Status Closing date not given',
        'The post holder will Programme Manage',
      ],
    ],
    // The seeded events were in 2017 and 2018: none is upcoming.
    ['/events', 'Events', ['There are no upcoming events.', 'See past events']],
    [
      '/events/past?page=2',
      'Past events',
      ['See upcoming events', 'Mental health in Primary Care Home', '22 May 2018, 12.30 am – 4.00 pm', 'Rufus Centre, Lockyer Suite, Steppingley Road', 'Have your say: Rufus Centre', '6 March 2017, 2:30pm to 5pm', '7 March 2017, Time not given'],
    ],
    [
      '/events/mental-health-in-primary-care-home',
      'Mental health in Primary Care Home',
      ['This event has taken place.', 'When 22 May 2018, 12.30 am – 4.00 pm', 'Where Rufus Centre, Lockyer Suite, Steppingley Road', 'Stephanie.Quitaleg@nhs.net', 'All past events'],
    ],
    [
      '/leadership/david-carter-l-and-d-ceo',
      'David Carter',
      ['CEO', 'The L&D Trust Board confirmed the appointment of David Carter as L&D CEO in February', 'All leadership updates'],
    ],
    [
      '/leadership',
      'Leadership updates',
      [
        'The L&D Trust Board confirmed the appointment of David Carter as L&D CEO in February',
        'Cathy Jones Deputy Chief Executive, Luton',
        'from 7 March 2018',
        'Liz Lees',
      ],
    ],
    [
      '/about',
      'About the partnership',
      ['Background', 'Our current thinking', 'So, what does the STP mean for a patient?', 'Mrs Smith breaks her leg and is taken to the L&D Emergency Department by ambulance.'],
    ],
    ['/accessibility', 'Accessibility statement', ['This statement is being prepared.', 'Reporting a problem']],
  ])('%s', async (path, heading, texts) => {
    const { status, html, text } = await page(path);
    expect(status).toBe(200);
    expect(html).toMatch(/<html[^>]* lang="en"/);
    expect(elementsOf(html, 'h1')).toEqual([heading]);
    expect(elementsOf(html, 'title')[0]).toContain('BLMK Health and Care Partnership');
    for (const expected of texts) expect(text).toContain(expected);
    // Landmarks and the skip link on every page.
    expect(html).toContain('href="#main-content"');
    expect(html).toMatch(/<main[^>]*id="main-content"/);
    expect(html).toMatch(/<nav[^>]*aria-label="Main"/);
    // The browser is never sent to the CMS.
    expect(html).not.toContain(cms.url);
  });
});

describe('the home page', () => {
  test('lists the latest brief and says honestly what is not there', async () => {
    const { html, text } = await page('/');
    expect(html).toContain('href="/briefs/central-brief-may-2018"');
    // The seeded vacancy has no closing date and the events were in 2017 and 2018.
    expect(text).toContain('There are no open vacancies with a closing date today or later.');
    expect(text).toContain('There are no upcoming events.');
    expect(elementsOf(html, 'h2')).toEqual(['Latest brief', 'Latest news', 'Open vacancies', 'Upcoming events']);
  });
});

describe('the brief reads as the newsletter does', () => {
  test('sections and their entries in order, each entry in full, then the outro and closing links', async () => {
    const { html, text } = await page('/briefs/central-brief-may-2018');
    expect(elementsOf(html, 'h2')).toEqual(['News', 'Leadership update', 'Engagement', 'Opportunity']);
    expect(elementsOf(html, 'h3')).toEqual([
      'BLMK Single Operating Plan',
      'Transforming cancer care across BLMK',
      'Bedford Hospital and Luton and Dunstable University Hospital Merger Update',
      'David Carter',
      'Cathy Jones',
      'Liz Lees',
      'Primary Care Home Workshop',
      'Mental health in Primary Care Home',
      'Primary Care Workforce Programme Manager',
    ]);
    const inOrder = [
      'Single Operating Plan',
      'Catching it early',
      'Statistics Factsheet. Macmillan Cancer Support. December 2017',
      'Clinical engagement',
      'Since our last update there have been some announcements',
      'The L&D Trust Board confirmed the appointment of David Carter',
      'David was managing director since 2011',
      'Bedfordshire Hospitals NHS Foundation Trust',
      'More than 130 colleagues',
      '22 May 2018, 12.30 am – 4.00 pm',
      'Rufus Centre',
      'Stephanie.Quitaleg@nhs.net',
      'Band 8c',
      'Salary Not given',
      'To keep up to date with all the news and information about the work of BLMK STP:',
      'Follow us on Twitter',
      'Like us on Facebook',
    ];
    const positions = inOrder.map((fragment) => text.indexOf(fragment));
    expect(positions.every((position) => position >= 0), `missing: ${inOrder.filter((_, i) => positions[i]! < 0)}`).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  test('each item links to its own page', async () => {
    const { html } = await page('/briefs/central-brief-may-2018');
    for (const href of [
      '/news/blmk-single-operating-plan',
      '/news/primary-care-home-workshop',
      '/vacancies/primary-care-workforce-programme-manager',
      '/events/mental-health-in-primary-care-home',
      '/leadership/david-carter-l-and-d-ceo',
    ]) {
      expect(html).toContain(`href="${href}"`);
    }
    // "[here](#)" in the source has no address: no dead link is made of it.
    expect(html).not.toContain('href="#"');
  });
});

describe('event pages', () => {
  /** The slugs of the events a list page links to, in order. */
  async function listed(path: string): Promise<string[]> {
    const { status, html } = await page(path);
    expect(status).toBe(200);
    const links = [...html.matchAll(/<a [^>]*class="nhsuk-card__link"[^>]*>/g)].map((match) => match[0]);
    return links.map((link) => /href="\/events\/([a-z0-9-]+)"/.exec(link)?.[1] ?? link);
  }

  test('past events, the latest first, a page at a time with rel=prev/next links', async () => {
    const created = PAST_EVENTS.map((event) => event.slug).reverse();
    expect(await listed('/events/past')).toEqual(created.slice(0, EVENTS_PAGE_SIZE));
    const first = await page('/events/past');
    expect(first.html).toMatch(/<a href="\/events\/past\?page=2" class="[^"]*nhsuk-pagination__link--next[^"]*" rel="next"/);
    expect(first.html).toContain(`<link rel="next" href="${web.url}/events/past?page=2">`);
    expect(first.html).not.toContain('rel="prev"');
    const second = await listed('/events/past?page=2');
    expect(second.slice(0, 2)).toEqual([created.at(-1), 'mental-health-in-primary-care-home']);
    const { html } = await page('/events/past?page=2');
    expect(html).toContain(`<link rel="prev" href="${web.url}/events/past">`);
    expect(html).toContain(`<link rel="canonical" href="${web.url}/events/past?page=2">`);
    expect(elementsOf(html, 'title')[0]).toContain('Past events (page 2)');
    expect((await page('/events/past?page=3')).status).toBe(404);
  });

  test.each(['/events/past?page=0', '/events/past?page=two', '/events?page=-1', '/events?page=1.5'])('a bad page number (%s) is a 400 that says so', async (path) => {
    const { status, text } = await page(path);
    expect(status).toBe(400);
    expect(text).toContain('page must be a whole number');
  });

  test('with no upcoming events, /events has one page and no page 2', async () => {
    expect((await page('/events')).html).not.toContain('rel="next"');
    expect((await page('/events?page=2')).status).toBe(404);
  });

  test('a past event made for the test has its own page, which says it has taken place', async () => {
    const { status, text } = await page('/events/pages-past-event-3');
    expect(status).toBe(200);
    expect(text).toContain('This event has taken place.');
    expect(text).toContain('3 January 2019, 10am to 11am');
  });

  test('in Polish without a translation: the English event, marked so, canonical in English', async () => {
    const { status, html, text } = await page('/pl/events/mental-health-in-primary-care-home');
    expect(status).toBe(200);
    expect(html).toMatch(/<html[^>]* lang="pl"/);
    expect(text).toContain('Ta strona nie została jeszcze przetłumaczona');
    expect(text).toContain('To wydarzenie już się odbyło.');
    expect(html).toMatch(/<article[^>]* lang="en"/);
    expect(html).toContain(`<link rel="canonical" href="${web.url}/events/mental-health-in-primary-care-home">`);
    expect(html).toContain('href="/pl/events/past"');
  });
});

describe('missing pages are real 404s', () => {
  test.each(['/news/no-such-story', '/briefs/no-such-brief', '/vacancies/no-such-job', '/events/no-such-event', '/leadership/no-such-person', '/news/Not%20a%20slug', '/no/such/path', '/about/nothing'])(
    '%s',
    async (path) => {
      const { status, html, text } = await page(path);
      expect(status).toBe(404);
      expect(elementsOf(html, 'h1')).toEqual(['Page not found']);
      expect(text).toContain('Go to the home page');
      expect(text).not.toMatch(/at .*\.(mjs|js|ts):\d+/);
    },
  );
});

describe('pages read the CMS in-process: the site has no JSON view of it', () => {
  test.each(['/api/cms/brief?locale=en&slug=central-brief-may-2018', '/api/cms/news-items?populate=*', '/api/cms/latest-brief', '/api/pages/about'])(
    '%s is not found',
    async (path) => {
      const response = await fetch(`${web.url}${path}`);
      expect(response.status).toBe(404);
      const body = await response.text();
      expect(body).not.toContain('Central Brief');
      expect(body).not.toContain('documentId');
    },
  );
});
