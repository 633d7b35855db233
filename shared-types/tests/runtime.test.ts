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

  test('the package entry loads in plain Node (type stripping) and exports only these values', () => {
    const entry = pathToFileURL(path.join(PACKAGE_DIR, 'src', 'index.ts')).href;
    const script = `const m = await import(${JSON.stringify(entry)}); console.log(JSON.stringify(Object.keys(m).sort()));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: REPO_ROOT });
    expect(result.stderr).toBe('');
    const exported = JSON.parse(result.stdout) as string[];
    // CONTENT_TYPES, one *_VALUES tuple per enumeration and the written contracts of the
    // custom routes (src/contracts): nothing else at run time.
    const contracts = ['SEARCH_LIMITS', 'SEARCH_TYPES'];
    expect(exported.filter((name) => name !== 'CONTENT_TYPES' && !name.endsWith('_VALUES') && !contracts.includes(name))).toEqual([]);
    expect(exported).toEqual(expect.arrayContaining(contracts));
    expect(exported).toEqual(
      expect.arrayContaining(['CONTENT_TYPES', 'VACANCY_BAND_VALUES', 'VACANCY_CONTRACT_TYPE_VALUES', 'PERSON_GROUP_VALUES']),
    );
  });

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
