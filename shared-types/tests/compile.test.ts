import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PACKAGE_DIR, packageCompilerOptions, typecheck, type Problem } from './helpers/typecheck.ts';

// Responses captured from a real Strapi 5.54 running this repo's CMS (the test harness
// in scripts/testing, SQLite, no seed): a news item with a populated cover image,
// priorities, organisations, sources and SEO share image; a person and a vacancy whose
// relations and components are empty; a 404 and a 400.
const responses = JSON.parse(readFileSync(path.join(PACKAGE_DIR, 'tests', 'fixtures', 'strapi-5.54-responses.json'), 'utf8')) as Record<
  string,
  unknown
>;

// In-memory files next to the tests, so they import the package the way a consumer does.
const VIRTUAL_DIR = path.join(PACKAGE_DIR, 'tests', 'virtual');
const IMPORTS = `import type * as T from '../../src/index.ts';\nimport { newsItemList } from './responses.ts';\nconst item = newsItemList.data[0]!;\n`;

const RESPONSES = [
  `import type * as T from '../../src/index.ts';`,
  ...(
    [
      ['newsItemList', 'T.StrapiListResponse<T.NewsItem>'],
      ['newsItemSingle', 'T.StrapiSingleResponse<T.NewsItem>'],
      ['personList', 'T.StrapiListResponse<T.Person>'],
      ['vacancyList', 'T.StrapiListResponse<T.Vacancy>'],
      ['notFound', 'T.StrapiErrorResponse'],
      ['badRequest', 'T.StrapiErrorResponse'],
    ] as const
  ).map(([name, type]) => `export const ${name}: ${type} = ${JSON.stringify(responses[name], null, 2)};`),
].join('\n');

const USAGE = `${IMPORTS}
import { CONTENT_TYPES, VACANCY_BAND_VALUES } from '../../src/index.ts';

// An entry's own fields (unpopulated): no relations, media or components. A draft has no publishedAt.
export const draft: T.NewsItemFields = {
  id: 7,
  documentId: 'qx1v0c6m2n8b4z7a5s3d9f1g',
  title: 'Embargoed: hospital merger date agreed',
  slug: 'embargoed-merger-date',
  summary: null,
  body: null,
  storyDate: null,
  publishAt: null,
  unpublishAt: null,
  createdAt: '2018-05-01T09:00:00.000Z',
  updatedAt: '2018-05-01T09:00:00.000Z',
  publishedAt: null,
  locale: 'en',
};
export const viaMap: T.ContentTypes['news-item'] = item;
export const uid: 'api::news-item.news-item' = CONTENT_TYPES['news-item'].uid;
export const band: T.VacancyBand = VACANCY_BAND_VALUES[0];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const sameKeys: Same<keyof typeof CONTENT_TYPES, T.ContentTypeName> = true;
export const coverUrl: string | undefined = item.cover?.formats?.thumbnail?.url;
`;

/** Code that must not compile, and a fragment of the error TypeScript must give. */
const WRONG: Array<[string, string, string]> = [
  ['a number for a required string', `export const wrong: T.NewsItem = { ...item, title: 42 };`, `Type 'number' is not assignable to type 'string'`],
  ['null for a required string', `export const wrong: T.NewsItem = { ...item, slug: null };`, `Type 'null' is not assignable to type 'string'`],
  ['a date as a number', `export const wrong: T.NewsItem = { ...item, storyDate: 20180503 };`, `Type 'number' is not assignable to type 'string'`],
  ['a field the schema does not have', `export const wrong: T.NewsItem = { ...item, subtitle: 'x' };`, `'subtitle' does not exist in type 'NewsItem'`],
  ['no documentId', `const { documentId: _d, ...rest } = item;\nexport const wrong: T.NewsItem = rest;`, `Property 'documentId' is missing`],
  ['a list for a single media field', `export const wrong: T.NewsItem = { ...item, cover: [item.cover!] };`, `Type 'Media[]' is missing the following properties from type 'Media'`],
  ['one entry for a to-many relation', `export const wrong: T.NewsItem = { ...item, priorities: item.priorities![0]! };`, `Type 'PriorityFields' is missing the following properties from type 'PriorityFields[]'`],
  [
    'an enumeration value the schema does not list',
    `export const wrong: T.NewsItem = { ...item, priorities: [{ ...item.priorities![0]!, kind: 'sideways' }] };`,
    `Type '"sideways"' is not assignable to type 'PriorityKind'`,
  ],
  ['a component missing a required field', `export const wrong: T.NewsItem = { ...item, sources: [{ id: 1, url: null, note: null }] };`, `Property 'label' is missing`],
  ['a URL for a media field', `export const wrong: T.NewsItem = { ...item, seo: { ...item.seo!, shareImage: '/uploads/a.jpg' } };`, `Type 'string' is not assignable to type 'Media'`],
  [
    'a heading level blocks do not have',
    `export const wrong: T.NewsItem = { ...item, body: [{ type: 'heading', level: 7, children: [{ type: 'text', text: 'x' }] }] };`,
    `Type '7' is not assignable to type '1 | 2 | 3 | 4 | 5 | 6'`,
  ],
  // What the populate (cms/src/api/*/populate.json) does not return, a page cannot read.
  ['a field of a related entry its populate leaves out', `export const wrong = item.priorities[0]!.parent;`, `Property 'parent' does not exist on type 'PriorityFields'`],
  ['the other locales, which no populate returns', `export const wrong = item.localizations;`, `Property 'localizations' does not exist on type 'NewsItem'`],
  ['a populated field as optional', `export const wrong: T.NewsItem = { ...item, cover: undefined };`, `Type 'undefined' is not assignable to type 'Media | null'`],
  ['an entry without its populated fields', `declare const fields: T.NewsItemFields;\nexport const wrong: T.NewsItem = fields;`, `is missing the following properties from type 'NewsItem'`],
  ['a Strapi 4 attributes wrapper', `export const wrong: T.StrapiSingleResponse<T.NewsItem> = { data: { id: 1, attributes: {} }, meta: {} };`, `'attributes' does not exist in type 'NewsItem'`],
  ['a vacancy band the schema does not list', `export const wrong: T.VacancyBand = 'Band 10';`, `Type '"Band 10"' is not assignable to type 'VacancyBand'`],
  ['an error response with data', `export const wrong: T.StrapiErrorResponse = { data: [], error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } };`, `is not assignable to type 'null'`],
];

const virtualFile = (name: string) => path.join(VIRTUAL_DIR, `${name}.ts`);
const wrongFile = (index: number) => virtualFile(`wrong-${index}`);

describe('the generated types compile and describe real responses', () => {
  let problems: Problem[];
  const problemsIn = (file: string) => problems.filter((problem) => problem.file === path.relative(PACKAGE_DIR, file));

  beforeAll(() => {
    const virtualFiles: Record<string, string> = { [virtualFile('responses')]: RESPONSES, [virtualFile('usage')]: USAGE };
    WRONG.forEach(([, code], index) => (virtualFiles[wrongFile(index)] = `${IMPORTS}${code}\n`));
    problems = typecheck([], virtualFiles);
  }, 60_000);

  test('the generated files compile under stricter settings than the package uses', () => {
    const stricter = {
      ...packageCompilerOptions(),
      exactOptionalPropertyTypes: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      noPropertyAccessFromIndexSignature: true,
      skipLibCheck: false,
    };
    const generated = ['index.ts', 'generated/strapi.ts', 'generated/content-types.ts'].map((file) => path.join(PACKAGE_DIR, 'src', file));
    expect(typecheck(generated, {}, stricter).filter((problem) => problem.file.startsWith('src/'))).toEqual([]);
  }, 60_000);

  test('real Strapi 5.54 responses are assignable to the generated types', () => {
    expect(problemsIn(virtualFile('responses'))).toEqual([]);
  });

  test('unpopulated entries, drafts, the registry and the enum tuples type-check', () => {
    expect(problemsIn(virtualFile('usage'))).toEqual([]);
  });

  test.each(WRONG.map(([name, , message], index) => [name, index, message] as const))('rejects %s', (_name, index, message) => {
    const found = problemsIn(wrongFile(index));
    expect(found.length, 'expected a type error').toBeGreaterThan(0);
    expect(found.map((problem) => problem.message).join('\n')).toContain(message);
  });

  test('nothing else reports a problem', () => {
    expect(problems.filter((problem) => !problem.file.startsWith('tests/virtual/'))).toEqual([]);
  });
});
