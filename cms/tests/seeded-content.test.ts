import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Brief, StrapiListResponse, Vacancy } from '@blmk/shared-types';
import { startTestCms, type TestCms } from '../../scripts/testing/cms-server.ts';
import { testDatabaseKinds } from '../../scripts/testing/databases.ts';

const databases = await testDatabaseKinds();

/** What the two source documents give, per public endpoint. */
const EXPECTED_TOTALS = {
  'news-items': 4,
  briefs: 1,
  vacancies: 1,
  'leadership-updates': 3,
  events: 5,
  organisations: 20,
  priorities: 11,
  people: 18,
} as const;

async function get<T>(cms: TestCms, path: string): Promise<T> {
  const response = await fetch(`${cms.url}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

async function totals(cms: TestCms): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.keys(EXPECTED_TOTALS).map(async (plural) => {
      const body = await get<StrapiListResponse<unknown>>(cms, `/api/${plural}?pagination[pageSize]=1`);
      return [plural, body.meta.pagination.total] as const;
    }),
  );
  return Object.fromEntries(entries);
}

describe.each(databases)('the seeded CMS on %s', (database) => {
  let cms: TestCms;

  beforeAll(async () => {
    cms = await startTestCms({ database, seed: true });
  });
  afterAll(() => cms?.destroy());

  test('the public sees every seeded type, published', async () => {
    expect(await totals(cms)).toEqual(EXPECTED_TOTALS);
  });

  test('the May 2018 Central Brief reads in the source order, items populated by the CMS', async () => {
    const body = await get<StrapiListResponse<Brief>>(cms, '/api/briefs?filters[slug][$eq]=central-brief-may-2018');
    const [brief] = body.data;
    expect(brief?.title).toBe('Central Brief: May 2018');
    expect(brief?.issueDate).toBe('2018-05-01');
    const sections = brief?.sections ?? [];
    expect(sections.map((section) => section.heading)).toEqual(['News', 'Leadership update', 'Engagement', 'Opportunity']);
    const titles = sections.map((section) =>
      section.entries?.map(
        (entry) =>
          entry.newsItem?.title ?? entry.event?.title ?? entry.vacancy?.title ?? entry.leadershipUpdate?.personName ?? 'note',
      ),
    );
    expect(titles).toEqual([
      [
        'BLMK Single Operating Plan',
        'Transforming cancer care across BLMK',
        'Bedford Hospital and Luton and Dunstable University Hospital Merger Update',
      ],
      ['David Carter', 'Cathy Jones', 'Liz Lees', 'note'],
      ['Primary Care Home Workshop', 'Mental health in Primary Care Home'],
      ['Primary Care Workforce Programme Manager'],
    ]);
    const cancer = sections[0]?.entries?.[1]?.newsItem;
    expect(cancer?.sources?.map((source) => source.label)).toHaveLength(3);
  });

  test('the vacancy carries every detail the source gives and nothing it does not', async () => {
    const body = await get<StrapiListResponse<Vacancy>>(cms, '/api/vacancies');
    const [vacancy] = body.data;
    expect(vacancy).toMatchObject({
      band: 'Band 8c',
      hoursPerWeek: 37.5,
      contractType: 'secondment-or-fixed-term',
      contractTerm: 'Secondment/Fixed Term until March 2020',
      contactEmail: 'Alison.lathwell@bedfordshireccg.nhs.uk',
      contactPhone: '07717426900',
      closingDate: null,
      salary: null,
      applyUrl: null,
    });
    expect(vacancy?.employer?.name).toBe('Cambridgeshire Community Services');
  });

  test('running the seed import again duplicates nothing', async () => {
    const before = await totals(cms);
    await cms.stop();
    const output = await cms.seed();
    await cms.start();
    expect(output).toContain('IMPORT REPORT');
    expect(await totals(cms)).toEqual(before);
  });
});
