import { describe, expect, test } from 'vitest';
import { buildModel } from '../src/generator/build-model.ts';
import { emitContentTypes } from '../src/generator/emit-content-types.ts';
import { generateFiles } from '../src/generator/generate.ts';
import { component, contentType, interfaceBody, populate, schemasWith } from './helpers/schemas.ts';

function contentTypesText(attribute: Record<string, unknown>, thingPopulate?: unknown): string {
  return generateFiles(schemasWith({ field: attribute }, thingPopulate)).find((file) => file.name === 'content-types.ts')?.contents ?? '';
}

/** The generated property line(s) of attribute `field` on content type `thing`, with `field` populated. */
function fieldLines(attribute: Record<string, unknown>): string[] {
  const needsPopulate = ['media', 'component', 'relation'].includes(String(attribute.type)) && attribute.private !== true;
  const text = contentTypesText(attribute, needsPopulate ? { field: true } : undefined);
  const body = interfaceBody(text, needsPopulate ? 'Thing extends ThingFields' : 'ThingFields');
  return body.filter((line) => /^ {2}field\??:/.test(line));
}

describe('attribute type mapping', () => {
  test.each([
    // Scalars: null unless required.
    [{ type: 'string' }, 'field: string | null;'],
    [{ type: 'string', required: true }, 'field: string;'],
    [{ type: 'text' }, 'field: string | null;'],
    [{ type: 'richtext', required: true }, 'field: string;'],
    [{ type: 'email' }, 'field: string | null;'],
    [{ type: 'uid', targetField: 'title', required: true }, 'field: string;'],
    [{ type: 'integer' }, 'field: number | null;'],
    [{ type: 'integer', required: true }, 'field: number;'],
    [{ type: 'float' }, 'field: number | null;'],
    [{ type: 'decimal', required: true }, 'field: number;'],
    [{ type: 'biginteger' }, 'field: string | null;'],
    [{ type: 'boolean' }, 'field: boolean | null;'],
    [{ type: 'boolean', required: true }, 'field: boolean;'],
    [{ type: 'date' }, 'field: string | null;'],
    [{ type: 'time', required: true }, 'field: string;'],
    [{ type: 'datetime' }, 'field: string | null;'],
    [{ type: 'timestamp' }, 'field: string | null;'],
    [{ type: 'json' }, 'field: JsonValue | null;'],
    [{ type: 'json', required: true }, 'field: JsonValue;'],
    [{ type: 'blocks' }, 'field: BlocksContent | null;'],
    [{ type: 'blocks', required: true }, 'field: BlocksContent;'],
    [{ type: 'enumeration', enum: ['a', 'b'] }, 'field: ThingField | null;'],
    [{ type: 'enumeration', enum: ['a', 'b'], required: true }, 'field: ThingField;'],
    // Populated (`true`): present; an empty one is null or [], required or not (drafts).
    [{ type: 'media', multiple: false }, 'field: Media | null;'],
    [{ type: 'media', multiple: false, required: true }, 'field: Media | null;'],
    [{ type: 'media', multiple: true }, 'field: Media[];'],
    [{ type: 'component', component: 'shared.part', repeatable: false }, 'field: SharedPart | null;'],
    [{ type: 'component', component: 'shared.part' }, 'field: SharedPart | null;'],
    [{ type: 'component', component: 'shared.part', repeatable: true }, 'field: SharedPart[];'],
    // A related entry populated with `true` has its own fields only.
    [{ type: 'relation', relation: 'oneToOne', target: 'api::other.other' }, 'field: OtherFields | null;'],
    [{ type: 'relation', relation: 'manyToOne', target: 'api::other.other' }, 'field: OtherFields | null;'],
    [{ type: 'relation', relation: 'oneWay', target: 'api::other.other' }, 'field: OtherFields | null;'],
    [{ type: 'relation', relation: 'oneToMany', target: 'api::other.other' }, 'field: OtherFields[];'],
    [{ type: 'relation', relation: 'manyToMany', target: 'api::other.other' }, 'field: OtherFields[];'],
    [{ type: 'relation', relation: 'manyWay', target: 'api::other.other' }, 'field: OtherFields[];'],
  ])('%j -> %s', (attribute, expected) => {
    expect(fieldLines(attribute)).toEqual([`  ${expected}`]);
  });

  test.each([
    [{ type: 'string', private: true }],
    [{ type: 'relation', relation: 'oneToOne', target: 'api::other.other', private: true }],
    [{ type: 'password' }],
    [{ type: 'password', private: false }],
  ])('%j is left out: the content API never returns it', (attribute) => {
    expect(fieldLines(attribute)).toEqual([]);
  });

  test.each([
    [{ type: 'media', multiple: false }],
    [{ type: 'component', component: 'shared.part' }],
    [{ type: 'relation', relation: 'manyToMany', target: 'api::other.other' }],
  ])('%j is absent from the response type unless populated', (attribute) => {
    const text = contentTypesText(attribute);
    expect(interfaceBody(text, 'ThingFields').join('\n')).not.toMatch(/^ {2}field/m);
    expect(text).toContain('export type Thing = ThingFields;');
  });

  test.each([
    ['date', "A calendar date, 'YYYY-MM-DD'."],
    ['time', "A time of day, 'HH:mm:ss.SSS'."],
    ['datetime', "An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'."],
    ['timestamp', "An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'."],
    ['biginteger', 'A 64-bit integer as a string of decimal digits.'],
  ])('a %s field documents its string format', (type, doc) => {
    const contents = generateFiles(schemasWith({ field: { type } }))[0]?.contents ?? '';
    expect(interfaceBody(contents, 'ThingFields')).toContain(`  /** ${doc} */`);
  });

  test('a component keeps its own fields; its media, components and relations come only as populated', () => {
    const sources = {
      contentTypes: [
        contentType('other', { name: { type: 'string' }, logo: { type: 'media', multiple: false } }),
        contentType('thing', { holder: { type: 'component', component: 'shared.holder' } }),
      ],
      components: [
        component('shared.part', { label: { type: 'string' } }),
        component('shared.holder', {
          title: { type: 'string' },
          image: { type: 'media', multiple: false },
          other: { type: 'relation', relation: 'manyToMany', target: 'api::other.other' },
          part: { type: 'component', component: 'shared.part', repeatable: false },
          secret: { type: 'string', private: true },
        }),
      ],
      populates: [populate('thing', { holder: { populate: { image: true, other: { populate: { logo: true } } } } })],
    };
    const contents = generateFiles(sources)[0]?.contents ?? '';
    expect(interfaceBody(contents, 'SharedHolder').filter((line) => !line.includes('/**'))).toEqual(['  id: number;', '  title: string | null;']);
    expect(contents).toContain(
      [
        'export interface Thing extends ThingFields {',
        '  /** Component `shared.holder`. */',
        '  holder: (SharedHolder & {',
        '    image: Media | null;',
        '    /** Relation (manyToMany) to `api::other.other`. */',
        '    other: Array<OtherFields & {',
        '      logo: Media | null;',
        '    }>;',
        '  }) | null;',
        '}',
      ].join('\n'),
    );
  });

  test('populateAs gives the related type its own response type', () => {
    const sources = {
      contentTypes: [
        contentType('other', { cover: { type: 'media', multiple: false } }),
        contentType('thing', { others: { type: 'relation', relation: 'manyToMany', target: 'api::other.other' } }),
      ],
      components: [],
      populates: [populate('other', { cover: true }), populate('thing', { others: { populateAs: 'other' } })],
    };
    const contents = generateFiles(sources)[0]?.contents ?? '';
    expect(interfaceBody(contents, 'Thing extends ThingFields')).toContain('  others: Other[];');
    expect(interfaceBody(contents, 'Other extends OtherFields')).toContain('  cover: Media | null;');
  });
});

describe('enumerations', () => {
  const model = buildModel({
    contentTypes: [
      contentType('vacancy', {
        band: { type: 'enumeration', enum: ['Band 1', "Band 8a's", 'Other/non-AfC'] },
        contractType: { type: 'enumeration', enum: ['permanent', 'fixed-term'] },
        salary: { type: 'component', component: 'vacancy.salary' },
      }),
      contentType('news-item', { display_mode: { type: 'enumeration', enum: ['wide'] } }),
    ],
    components: [component('vacancy.salary', { period: { type: 'enumeration', enum: ['year', 'month'] } })],
  });

  test.each([
    ['Vacancy.band', 'VacancyBand', 'VACANCY_BAND_VALUES'],
    ['Vacancy.contractType', 'VacancyContractType', 'VACANCY_CONTRACT_TYPE_VALUES'],
    ['VacancySalary.period', 'VacancySalaryPeriod', 'VACANCY_SALARY_PERIOD_VALUES'],
    ['NewsItem.display_mode', 'NewsItemDisplayMode', 'NEWS_ITEM_DISPLAY_MODE_VALUES'],
  ])('%s is named %s with the runtime tuple %s', (source, typeName, constName) => {
    expect(model.enums.find((model) => model.source === source)).toMatchObject({ typeName, constName });
  });

  test('emits the union and the tuple with the values in schema order, quoted', () => {
    const text = emitContentTypes(model);
    expect(text).toContain("export type VacancyBand = 'Band 1' | 'Band 8a\\'s' | 'Other/non-AfC';");
    // Too long for one line, so one value a line.
    expect(text).toContain(
      [
        'export const VACANCY_BAND_VALUES = [',
        "  'Band 1',",
        "  'Band 8a\\'s',",
        "  'Other/non-AfC',",
        '] as const satisfies readonly VacancyBand[];',
      ].join('\n'),
    );
    expect(interfaceBody(text, 'VacancyFields')).toContain('  band: VacancyBand | null;');
  });
});

describe('content type shape', () => {
  test('system fields wrap the attributes; locale only when localized', () => {
    const localized = generateFiles({ contentTypes: [contentType('thing', { title: { type: 'string', required: true } })], components: [] });
    expect(interfaceBody(localized[0]?.contents ?? '', 'ThingFields').filter((line) => !line.includes('/**'))).toEqual([
      '  id: number;',
      '  documentId: string;',
      '  title: string;',
      '  createdAt: string;',
      '  updatedAt: string;',
      '  publishedAt: string | null;',
      '  locale: string;',
    ]);

    const plain = contentType('thing', {}, { options: {}, pluginOptions: {} });
    const lines = interfaceBody(generateFiles({ contentTypes: [plain], components: [] })[0]?.contents ?? '', 'ThingFields');
    // Strapi adds publishedAt to every content type; without drafts it is always set.
    expect(lines.filter((line) => !line.includes('/**'))).toEqual([
      '  id: number;',
      '  documentId: string;',
      '  createdAt: string;',
      '  updatedAt: string;',
      '  publishedAt: string;',
    ]);
  });

  test('CONTENT_TYPES and ContentTypes are keyed by singular name, single types included', () => {
    const text = generateFiles({
      contentTypes: [
        contentType('news-item', {}),
        contentType('homepage', {}, { kind: 'singleType', options: {}, info: { singularName: 'homepage', pluralName: 'homepages' } }),
      ],
      components: [],
    })[0]?.contents;
    expect(text).toContain(
      [
        "  homepage: {",
        "    uid: 'api::homepage.homepage',",
        "    singularName: 'homepage',",
        "    pluralName: 'homepages',",
        "    kind: 'singleType',",
        '    localized: true,',
        '    draftAndPublish: false,',
        '  },',
        "  'news-item': {",
      ].join('\n'),
    );
    expect(interfaceBody(text ?? '', 'ContentTypes')).toEqual(['  homepage: Homepage;', "  'news-item': NewsItem;"]);
    expect(text).toContain('REST `/api/homepage`');
  });
});
