import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SchemaError } from './errors.ts';
import type { SchemaSource, SchemaSources } from './model.ts';

/** Parses one schema file's text; a syntax error names the file. */
export function parseSchemaJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SchemaError([`${file}: not valid JSON (${reason})`]);
  }
}

function subdirectories(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Reads the schemas the way Strapi finds them: content types at
 * `api/<api>/content-types/<name>/schema.json` (uid `api::<api>.<name>`) and components
 * at `components/<category>/<name>.json` (uid `<category>.<name>`), and each api's
 * `api/<api>/populate.json` (the populate of content type `api::<api>.<api>`).
 *
 * @param srcDir the CMS's `src` folder
 * @param rootDir file paths in messages are relative to this folder (the repo root)
 */
export function readSchemas(srcDir: string, rootDir: string): SchemaSources {
  if (!existsSync(srcDir)) throw new SchemaError([`${srcDir}: schema folder not found`]);
  const read = (uid: string, file: string): SchemaSource => {
    const shown = path.relative(rootDir, file).split(path.sep).join('/');
    return { uid, file: shown, json: parseSchemaJson(shown, readFileSync(file, 'utf8')) };
  };

  const contentTypes: SchemaSource[] = [];
  const populates: SchemaSource[] = [];
  const apiDir = path.join(srcDir, 'api');
  for (const api of subdirectories(apiDir)) {
    const typesDir = path.join(apiDir, api, 'content-types');
    for (const name of subdirectories(typesDir)) {
      const file = path.join(typesDir, name, 'schema.json');
      if (existsSync(file)) contentTypes.push(read(`api::${api}.${name}`, file));
    }
    // The api's populate.json belongs to its content type of the same name.
    const populateFile = path.join(apiDir, api, 'populate.json');
    if (existsSync(populateFile)) populates.push(read(`api::${api}.${api}`, populateFile));
  }

  const components: SchemaSource[] = [];
  const componentsDir = path.join(srcDir, 'components');
  for (const category of subdirectories(componentsDir)) {
    for (const fileName of jsonFiles(path.join(componentsDir, category))) {
      const file = path.join(componentsDir, category, fileName);
      components.push(read(`${category}.${fileName.slice(0, -'.json'.length)}`, file));
    }
  }

  return { contentTypes, components, populates };
}
