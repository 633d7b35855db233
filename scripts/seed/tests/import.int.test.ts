/**
 * The seed import against the real CMS, loaded in this process on a throw-away
 * database: SQLite by default, PostgreSQL with TEST_DATABASE=postgres.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadCms } from '../../lib/cms-app.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/databases.ts';
import { SEED } from '../data/index.ts';
import type { SourceSeed } from '../data/types.ts';
import { runSeedImport } from '../import.ts';
import { formatReport, type SeedReport } from '../report.ts';
import type { SeedTypeName } from '../seed-types.ts';
import { SeedInputError } from '../sources.ts';

const DATABASE = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
const STRAPI_LOAD = 180_000;
const IMPORT = 120_000;

const EXPECTED: Record<SeedTypeName, number> = {
  organisation: 20,
  priority: 11,
  person: 18,
  'news-item': 4,
  event: 5,
  vacancy: 1,
  'leadership-update': 3,
  brief: 1,
};
const UIDS: Record<SeedTypeName, string> = {
  organisation: 'api::organisation.organisation',
  priority: 'api::priority.priority',
  person: 'api::person.person',
  'news-item': 'api::news-item.news-item',
  event: 'api::event.event',
  vacancy: 'api::vacancy.vacancy',
  'leadership-update': 'api::leadership-update.leadership-update',
  brief: 'api::brief.brief',
};

type Doc = Record<string, unknown> & { documentId: string };
// Loose on purpose: the generated content-type registry is not loaded in scripts/.
interface Documents {
  count(params: object): Promise<number>;
  findFirst(params: object): Promise<Doc | null>;
  findMany(params: object): Promise<Doc[]>;
  update(params: object): Promise<Doc>;
  publish(params: object): Promise<unknown>;
  delete(params: object): Promise<unknown>;
}

let strapi: Core.Strapi;
let database: TestDatabase;
const log: string[] = [];

const docs = (type: SeedTypeName) => strapi.documents(UIDS[type] as never) as unknown as Documents;
const bySlug = (type: SeedTypeName, slug: string, status: 'draft' | 'published' = 'published', populate?: object) =>
  docs(type).findFirst({ filters: { slug }, locale: 'en', status, ...(populate && { populate }) });
const runImport = (options: { seeds?: readonly SourceSeed[]; sourcesDir?: string } = {}) =>
  runSeedImport(strapi, { ...options, log: (line) => log.push(line) });

async function countAll(status: 'draft' | 'published'): Promise<Record<SeedTypeName, number>> {
  const entries = await Promise.all(
    (Object.keys(UIDS) as SeedTypeName[]).map(async (type) => [type, await docs(type).count({ locale: 'en', status })]),
  );
  return Object.fromEntries(entries) as Record<SeedTypeName, number>;
}

function createdCounts(report: SeedReport, field: 'created' | 'alreadyPresent' | 'deletedSinceImport') {
  return Object.fromEntries(Object.entries(report.counts).map(([type, counts]) => [type, counts[field]]));
}

beforeAll(async () => {
  database = await createTestDatabase(DATABASE);
  Object.assign(process.env, {
    ENV_PATH: '/dev/null', // keep a developer's cms/.env out of the test
    APP_KEYS: 'seed-test-key-1,seed-test-key-2',
    API_TOKEN_SALT: 'seed-test',
    ADMIN_JWT_SECRET: 'seed-test',
    TRANSFER_TOKEN_SALT: 'seed-test',
    JWT_SECRET: 'seed-test',
    ENCRYPTION_KEY: 'seed-test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    ...database.env,
  });
  strapi = await loadCms();
}, STRAPI_LOAD);

/**
 * Strapi's destroy() ends with process.removeAllListeners(), which also cuts the line
 * between vitest and its worker process (the worker then exits mid-run): put back
 * every listener that was there before.
 */
async function destroyKeepingListeners(app: Core.Strapi): Promise<void> {
  const saved = process.eventNames().map((name) => [name, process.listeners(name as 'message')] as const);
  await app.destroy();
  for (const [name, listeners] of saved) {
    for (const listener of listeners) {
      if (!process.listeners(name as 'message').includes(listener)) process.on(name as 'message', listener);
    }
  }
}

afterAll(async () => {
  if (strapi) await destroyKeepingListeners(strapi);
  await database?.drop();
}, STRAPI_LOAD);

describe(`the seed import on ${DATABASE}`, () => {
  test('bad input fails, naming the problem, before anything is written', async () => {
    const [paper, brief] = SEED as [SourceSeed, SourceSeed];
    const dangling: SourceSeed = { ...paper, people: [{ ...paper.people[0]!, organisation: 'milton-keynes-council' }] };
    await expect(runImport({ seeds: [dangling, brief] })).rejects.toThrow(/organisation "milton-keynes-council", which is not defined/);

    const emptyDir = await mkdtemp(path.join(os.tmpdir(), 'blmk-seed-sources-'));
    try {
      const missing = runImport({ sourcesDir: emptyDir });
      await expect(missing).rejects.toBeInstanceOf(SeedInputError);
      await expect(missing).rejects.toThrow(/engagement-paper-2017\.txt/);
    } finally {
      await rm(emptyDir, { recursive: true, force: true });
    }

    expect(Object.values(await countAll('draft')).every((count) => count === 0)).toBe(true);
    expect(await strapi.store({ type: 'core', name: 'blmk-seed' }).get({ key: 'imported' })).toBeNull();
  });

  let first: SeedReport;

  test('the first run creates every entry, published, in locale en', async () => {
    first = await runImport();
    expect(createdCounts(first, 'created')).toEqual(EXPECTED);
    expect(await countAll('published')).toEqual(EXPECTED);
    expect(await countAll('draft')).toEqual(EXPECTED);
    expect(log).toContain('  brief central-brief-may-2018: created and published');
  }, IMPORT);

  test('the brief has its sections and entries in source order, pointing at published items', async () => {
    const ref = { fields: ['slug'] };
    const brief = await bySlug('brief', 'central-brief-may-2018', 'published', {
      sections: { populate: { entries: { populate: { newsItem: ref, event: ref, vacancy: ref, leadershipUpdate: ref } } } },
      closingLinks: true,
    });
    expect(brief).toMatchObject({ title: 'Central Brief: May 2018', issueDate: '2018-05-01' });
    const sections = brief?.sections as { heading: string; entries: Record<string, { slug: string } | null>[] }[];
    const slugs = sections.map((section) => ({
      heading: section.heading,
      entries: section.entries.map(
        (entry) => (entry.newsItem ?? entry.event ?? entry.vacancy ?? entry.leadershipUpdate)?.slug ?? (entry.note ? 'note' : 'EMPTY'),
      ),
    }));
    expect(slugs).toEqual([
      {
        heading: 'News',
        entries: [
          'blmk-single-operating-plan',
          'transforming-cancer-care-across-blmk',
          'bedford-hospital-and-luton-and-dunstable-university-hospital-merger-update',
        ],
      },
      {
        heading: 'Leadership update',
        entries: [
          'david-carter-l-and-d-ceo',
          'cathy-jones-l-and-d-deputy-chief-executive',
          'liz-lees-l-and-d-director-of-nursing',
          'note',
        ],
      },
      { heading: 'Engagement', entries: ['primary-care-home-workshop', 'mental-health-in-primary-care-home'] },
      { heading: 'Opportunity', entries: ['primary-care-workforce-programme-manager'] },
    ]);
    expect(brief?.closingLinks).toMatchObject([
      { label: 'Follow us on Twitter', url: null },
      { label: 'Like us on Facebook', url: null },
    ]);
  });

  test('the Rufus Centre keeps each source\'s postcode, and the 12.30 am start stays empty', async () => {
    const populate = { venue: true, sessions: true };
    const paperEvent = await bySlug('event', 'have-your-say-2017-03-07-rufus-centre', 'published', populate);
    const briefEvent = await bySlug('event', 'mental-health-in-primary-care-home', 'published', populate);
    expect(paperEvent).toMatchObject({
      title: 'Have your say: Rufus Centre',
      venue: { name: 'Rufus Centre', address: 'Flitwick, Central Bedfordshire', postcode: 'MK45 1AH' },
      sessions: [{ date: '2017-03-07', startsAt: null, endsAt: null }],
    });
    expect(briefEvent).toMatchObject({
      venue: { name: 'Rufus Centre', address: 'Lockyer Suite, Steppingley Road, Flitwick, Bedfordshire', postcode: 'MK42 1AH' },
      sessions: [{ date: '2018-05-22', startsAt: null, asWritten: '12.30 am – 4.00 pm' }],
    });
    expect((briefEvent?.sessions as { endsAt: string }[])[0]?.endsAt).toMatch(/^16:00:00/);
  });

  test('the vacancy has no closing date, salary or apply address; relations point where the source says', async () => {
    const vacancy = await bySlug('vacancy', 'primary-care-workforce-programme-manager', 'published', {
      salary: true,
      employer: { fields: ['slug'] },
      hostedOnBehalfOf: { fields: ['slug'] },
    });
    expect(vacancy).toMatchObject({
      closingDate: null,
      salary: null,
      applyUrl: null,
      contractEndDate: null,
      band: 'Band 8c',
      contractTerm: 'Secondment/Fixed Term until March 2020',
      employer: { slug: 'cambridgeshire-community-services' },
      hostedOnBehalfOf: { slug: 'blmk-health-and-care-partnership' },
    });
    expect(Number(vacancy?.hoursPerWeek)).toBe(37.5);

    const lead = await bySlug('person', 'cathy-jones-priority-lead', 'published', { organisation: true, priorities: true });
    expect(lead).toMatchObject({ organisation: { shortName: 'L&D' }, priorities: [{ code: 'P3' }], listOrder: 10 });
    const area = await docs('priority').findFirst({ filters: { code: 'P3.1' }, status: 'published', populate: ['parent'] });
    expect(area).toMatchObject({ title: 'Emergency care', kind: 'front-line', parent: { code: 'P3' } });
  });

  test('the report lists the ambiguities an editor must see', () => {
    const text = formatReport(first);
    for (const words of ['12.30 am', 'MK45 1AH', 'MK42 1AH', 'NO CLOSING DATE', 'NO SALARY', 'To apply click [here](#).']) {
      expect(text).toContain(words);
    }
    expect(first.findings.filter((finding) => finding.prominent).map((finding) => finding.about)).toEqual([
      'Event "Mental health in Primary Care Home": start time',
      'Rufus Centre postcode',
      'Vacancy "Primary Care Workforce Programme Manager": closing date',
      'Vacancy "Primary Care Workforce Programme Manager": salary',
      'Vacancy "Primary Care Workforce Programme Manager": how to apply',
    ]);
  });

  test('a second run duplicates nothing', async () => {
    const second = await runImport();
    expect(createdCounts(second, 'created')).toEqual(Object.fromEntries(Object.keys(EXPECTED).map((type) => [type, 0])));
    expect(createdCounts(second, 'alreadyPresent')).toEqual(EXPECTED);
    expect(await countAll('published')).toEqual(EXPECTED);
    expect(await countAll('draft')).toEqual(EXPECTED);
  }, IMPORT);

  const DELETED_EVENT = 'have-your-say-2017-03-06-milton-keynes-christian-centre';

  test('an editor\'s edit survives, a deleted entry is not re-created, a renamed slug is not duplicated', async () => {
    const editedTitle = 'Primary Care Home: 130 colleagues at two workshops';
    const story = await bySlug('news-item', 'primary-care-home-workshop');
    await docs('news-item').update({ documentId: story?.documentId, locale: 'en', data: { title: editedTitle } });
    await docs('news-item').publish({ documentId: story?.documentId, locale: 'en' });
    // An event no brief lists: one a published brief lists cannot be deleted (briefs stay whole).
    const event = await bySlug('event', DELETED_EVENT);
    await docs('event').delete({ documentId: event?.documentId, locale: 'en' });
    const person = await bySlug('person', 'tom-joyce');
    await docs('person').update({ documentId: person?.documentId, locale: 'en', data: { slug: 'tom-joyce-programme-manager' } });

    const third = await runImport();

    expect(third.counts.event).toEqual({ created: 0, alreadyPresent: 4, deletedSinceImport: 1 });
    expect(third.deletedSinceImport).toEqual([{ type: 'event', key: DELETED_EVENT }]);
    expect(Object.values(third.counts).reduce((sum, counts) => sum + counts.created, 0)).toBe(0);
    expect(formatReport(third)).toContain(`Deleted since import, left alone:\n  - event ${DELETED_EVENT}`);
    expect(log).toContain(`  event ${DELETED_EVENT}: deleted since import, left alone`);

    expect(await countAll('draft')).toEqual({ ...EXPECTED, event: 4 });
    expect(await bySlug('event', DELETED_EVENT, 'draft')).toBeNull();
    expect(await bySlug('person', 'tom-joyce', 'draft')).toBeNull();
    for (const status of ['draft', 'published'] as const) {
      expect((await bySlug('news-item', 'primary-care-home-workshop', status))?.title).toBe(editedTitle);
    }
  }, IMPORT);
});
