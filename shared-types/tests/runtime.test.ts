import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as types from '../src/index.ts';
import { CMS_SRC_DIR, REPO_ROOT } from '../src/generator/paths.ts';
import { PACKAGE_DIR } from './helpers/typecheck.ts';

interface SchemaFile {
  attributes: Record<string, { enum?: string[] }>;
  info: Record<string, string>;
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
}

function schema(file: string): SchemaFile {
  return JSON.parse(readFileSync(path.join(CMS_SRC_DIR, file), 'utf8'));
}

describe('runtime values', () => {
  test.each([
    ['VACANCY_BAND_VALUES', 'api/vacancy/content-types/vacancy/schema.json', 'band'],
    ['VACANCY_CONTRACT_TYPE_VALUES', 'api/vacancy/content-types/vacancy/schema.json', 'contractType'],
    ['ORGANISATION_KIND_VALUES', 'api/organisation/content-types/organisation/schema.json', 'kind'],
    ['PRIORITY_KIND_VALUES', 'api/priority/content-types/priority/schema.json', 'kind'],
    ['PERSON_GROUP_VALUES', 'api/person/content-types/person/schema.json', 'group'],
    ['VACANCY_SALARY_PERIOD_VALUES', 'components/vacancy/salary.json', 'period'],
  ])('%s lists %s %s in schema order', (name, file, attribute) => {
    expect(types[name as keyof typeof types]).toEqual(schema(file).attributes[attribute]?.enum);
  });

  test('CONTENT_TYPES describes each content type of cms/src/api', () => {
    // Folders of custom routes only (api/search) hold no content type.
    const apis = readdirSync(path.join(CMS_SRC_DIR, 'api'))
      .filter((api) => existsSync(path.join(CMS_SRC_DIR, 'api', api, 'content-types', api, 'schema.json')))
      .sort();
    const expected = Object.fromEntries(
      apis.map((api) => {
        const { info, options, pluginOptions } = schema(`api/${api}/content-types/${api}/schema.json`);
        const entry = {
          uid: `api::${api}.${api}`,
          singularName: info.singularName,
          pluralName: info.pluralName,
          kind: 'collectionType',
          localized: pluginOptions?.i18n?.localized === true,
          draftAndPublish: options?.draftAndPublish === true,
        };
        return [info.singularName, entry];
      }),
    );
    expect(types.CONTENT_TYPES).toEqual(expected);
    expect(Object.keys(types.CONTENT_TYPES)).toEqual(Object.keys(types.CONTENT_TYPES).sort());
  });

  const entryExports = (script: string, type: 'module' | 'commonjs') => {
    // From cms/, as the CMS resolves the package.
    const result = spawnSync(process.execPath, [`--input-type=${type}`, '-e', script], { encoding: 'utf8', cwd: path.join(REPO_ROOT, 'cms') });
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout) as string[];
  };
  // The written facts the CMS and the site share (src/site, src/contracts).
  const WRITTEN = [
    'DEFAULT_LOCALE', 'LOCALES', 'LOCALE_FACTS', 'isLocale', 'textDirection',
    'EDITORIAL_TYPES', 'EDITORIAL_TYPE_NAMES', 'REFERENCE_TYPES', 'PUBLIC_TYPE_NAMES', 'FEED_KINDS',
    'isEditorialType', 'isPublicType', 'editorialTypeOf', 'publicTypeOf', 'editorialTypesWhere',
    'SITE_PAGES', 'localisedPath', 'listPath', 'entryPath', 'pagePath', 'reservedSlugs', 'absoluteUrl',
    'FEED_FORMATS', 'feedPath', 'PREVIEW_ROUTE', 'previewPagePath', 'REVALIDATE_ROUTE',
    'escapeMarkup', 'unescapeMarkup',
    'SEARCH_LIMITS', 'SEARCH_TYPES',
  ];

  test('the package entry loads in plain Node (type stripping) and exports only these values', () => {
    const entry = pathToFileURL(path.join(PACKAGE_DIR, 'src', 'index.ts')).href;
    const exported = entryExports(`const m = await import(${JSON.stringify(entry)}); console.log(JSON.stringify(Object.keys(m).sort()));`, 'module');
    // CONTENT_TYPES, one *_VALUES tuple per enumeration and the written facts: nothing else at run time.
    expect(exported.filter((name) => name !== 'CONTENT_TYPES' && !name.endsWith('_VALUES') && !WRITTEN.includes(name))).toEqual([]);
    expect(exported).toEqual(expect.arrayContaining(WRITTEN));
    expect(exported).toEqual(
      expect.arrayContaining(['CONTENT_TYPES', 'VACANCY_BAND_VALUES', 'VACANCY_CONTRACT_TYPE_VALUES', 'PERSON_GROUP_VALUES']),
    );
  });

  test('the CommonJS build the CMS requires exports the same values as the sources', () => {
    const build = spawnSync(process.execPath, [path.join(PACKAGE_DIR, 'build', 'build-cjs.ts')], { encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const entry = pathToFileURL(path.join(PACKAGE_DIR, 'src', 'index.ts')).href;
    const fromSource = entryExports(`const m = await import(${JSON.stringify(entry)}); console.log(JSON.stringify(Object.keys(m).sort()));`, 'module');
    // Resolved by name as the CMS does: package.json "exports" sends require() to dist/cjs.
    const script = `const m = require('@blmk/shared-types'); console.log(JSON.stringify(Object.keys(m).filter((k) => k !== '__esModule').sort()));`;
    expect(entryExports(script, 'commonjs')).toEqual(fromSource);
    const routes = `const m = require('@blmk/shared-types'); console.log(JSON.stringify([m.entryPath('news-item', 'x', 'pl'), m.LOCALES]));`;
    expect(entryExports(routes, 'commonjs')).toEqual(['/pl/news/x', ['en', 'pl', 'ur', 'ro']]);
  }, 60_000);

  test('nothing in the package depends on Strapi at run time', () => {
    const pkg = JSON.parse(readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const declared = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies });
    expect(declared.filter((name) => name.startsWith('@strapi/'))).toEqual([]);
    const sources = readdirSync(path.join(PACKAGE_DIR, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    for (const file of sources) {
      expect(readFileSync(path.join(PACKAGE_DIR, 'src', file), 'utf8'), file).not.toMatch(/from '@strapi\//);
    }
  });
});
