import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildModel } from '../src/generator/build-model.ts';
import { SchemaError } from '../src/generator/errors.ts';
import type { SchemaSources } from '../src/generator/model.ts';
import { parseSchemaJson, readSchemas } from '../src/generator/read-schemas.ts';
import { component, contentType, schemasWith } from './helpers/schemas.ts';

/** The problems buildModel reports for these schemas (fails the test if it does not throw). */
function problemsOf(sources: SchemaSources): readonly string[] {
  try {
    buildModel(sources);
  } catch (error) {
    if (error instanceof SchemaError) return error.problems;
    throw error;
  }
  throw new Error('expected a SchemaError');
}

const THING = 'cms/src/api/thing/content-types/thing/schema.json';

describe('bad attributes name the file and the attribute', () => {
  test.each([
    [{ type: 'colour' }, "attribute 'field' has unknown type 'colour'"],
    [{ required: true }, "attribute 'field' has no \"type\""],
    [{ type: 'dynamiczone', components: ['shared.part'] }, "attribute 'field' has type 'dynamiczone', which the type generator does not support yet"],
    [{ type: 'component', component: 'shared.missing' }, "attribute 'field' uses component 'shared.missing', which does not exist"],
    [{ type: 'component' }, "attribute 'field' is a component without a \"component\" uid"],
    [
      { type: 'relation', relation: 'manyToOne', target: 'api::missing.missing' },
      "attribute 'field' relates to 'api::missing.missing', which is not a content type in the schemas",
    ],
    [
      { type: 'relation', relation: 'oneToOne', target: 'plugin::users-permissions.user' },
      "attribute 'field' relates to 'plugin::users-permissions.user', which is not a content type in the schemas",
    ],
    [{ type: 'relation', relation: 'manyToMany' }, "attribute 'field' is a relation without a \"target\""],
    [{ type: 'relation', relation: 'morphToMany' }, "attribute 'field' has relation kind 'morphToMany', which is not supported"],
    [{ type: 'enumeration' }, "attribute 'field' is an enumeration whose \"enum\" is not a non-empty list of non-empty strings"],
    [{ type: 'enumeration', enum: [] }, "attribute 'field' is an enumeration whose \"enum\" is not a non-empty list"],
    [{ type: 'enumeration', enum: ['a', 1] }, "attribute 'field' is an enumeration whose \"enum\" is not a non-empty list"],
    [{ type: 'enumeration', enum: ['a', 'b', 'a'] }, "attribute 'field' lists the enumeration value 'a' twice"],
  ])('%j', (attribute, message) => {
    const problems = problemsOf(schemasWith({ field: attribute }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${THING}: ${message}`);
  });

  test('a missing component inside a component names the component file', () => {
    const problems = problemsOf({
      contentTypes: [],
      components: [component('brief.section', { entries: { type: 'component', component: 'brief.entry', repeatable: true } })],
    });
    expect(problems).toEqual(["cms/src/components/brief/section.json: attribute 'entries' uses component 'brief.entry', which does not exist"]);
  });

  test('an attribute cannot take the name of a field Strapi adds', () => {
    expect(problemsOf(schemasWith({ locale: { type: 'string' } }))).toEqual([
      `${THING}: attribute 'locale' clashes with the field Strapi adds itself`,
    ]);
  });

  test('every problem is reported at once, and the message lists them all', () => {
    const sources = schemasWith({
      a: { type: 'colour' },
      b: { type: 'component', component: 'shared.missing' },
      c: { type: 'relation', relation: 'oneToOne', target: 'api::missing.missing' },
    });
    expect(problemsOf(sources)).toHaveLength(3);
    expect(() => buildModel(sources)).toThrow(/cannot be turned into types:\n {2}- .*'a'.*\n {2}- .*'b'.*\n {2}- .*'c'/);
  });
});

describe('bad schema files', () => {
  test.each([
    [[], 'expected a JSON object'],
    [{ kind: 'collectionType', info: { singularName: 'thing', pluralName: 'things' } }, 'expected an "attributes" object'],
    [{ kind: 'collectionType', info: { singularName: 'thing' }, attributes: {} }, 'expected "info.singularName" and "info.pluralName"'],
    [{ kind: 'component', info: { singularName: 'thing', pluralName: 'things' }, attributes: {} }, `"kind" must be 'collectionType' or 'singleType', not 'component'`],
  ])('content type %j', (json, message) => {
    expect(problemsOf({ contentTypes: [{ uid: 'api::thing.thing', file: THING, json }], components: [] })).toEqual([`${THING}: ${message}`]);
  });

  test('two things that would export the same name are both named', () => {
    // Enum `Vacancy.band` -> VacancyBand, and a component vacancy.band -> VacancyBand.
    const problems = problemsOf({
      contentTypes: [contentType('vacancy', { band: { type: 'enumeration', enum: ['1'] } })],
      components: [component('vacancy.band', {})],
    });
    expect(problems).toEqual([
      "enumeration Vacancy.band: would export 'VacancyBand', which cms/src/components/vacancy/band.json already exports",
    ]);
  });

  test('a schema cannot take a name the fixed Strapi types use', () => {
    expect(problemsOf({ contentTypes: [contentType('media', {})], components: [] })).toEqual([
      "cms/src/api/media/content-types/media/schema.json: would export 'Media', which the fixed Strapi types already exports",
    ]);
  });
});

describe('reading schema files', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  function tempRepo(files: Record<string, string>): string {
    dir = mkdtempSync(path.join(os.tmpdir(), 'shared-types-schemas-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    return dir;
  }

  test('malformed JSON names the file', () => {
    expect(() => parseSchemaJson('cms/src/components/shared/seo.json', '{ "attributes": { ,')).toThrow(
      /^The Strapi schemas cannot be turned into types:\n {2}- cms\/src\/components\/shared\/seo\.json: not valid JSON \(/,
    );
  });

  test('malformed JSON on disk names the file relative to the repo root', () => {
    const root = tempRepo({
      'cms/src/api/news-item/content-types/news-item/schema.json': JSON.stringify(contentType('news-item', {}).json),
      'cms/src/components/shared/seo.json': '{ "attributes": {}, }',
    });
    expect(() => readSchemas(path.join(root, 'cms', 'src'), root)).toThrow('cms/src/components/shared/seo.json: not valid JSON');
  });

  test('uids come from the folder layout, the way Strapi derives them', () => {
    const root = tempRepo({
      'cms/src/api/news/content-types/news-item/schema.json': '{}',
      'cms/src/api/news/content-types/notes.txt': 'not a content type folder',
      'cms/src/components/shared/seo.json': '{}',
      'cms/src/components/shared/README.md': 'ignored',
    });
    const sources = readSchemas(path.join(root, 'cms', 'src'), root);
    expect(sources.contentTypes.map(({ uid, file }) => ({ uid, file }))).toEqual([
      { uid: 'api::news.news-item', file: 'cms/src/api/news/content-types/news-item/schema.json' },
    ]);
    expect(sources.components.map(({ uid, file }) => ({ uid, file }))).toEqual([
      { uid: 'shared.seo', file: 'cms/src/components/shared/seo.json' },
    ]);
  });

  test('a missing schema folder is an error, not an empty set of types', () => {
    expect(() => readSchemas('/nonexistent/cms/src', '/')).toThrow('/nonexistent/cms/src: schema folder not found');
  });
});
