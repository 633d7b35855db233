import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { generateFiles, type GeneratedFile } from '../src/generator/generate.ts';
import { findStaleFiles, writeFiles } from '../src/generator/output.ts';
import { CMS_SRC_DIR, GENERATED_DIR, REPO_ROOT } from '../src/generator/paths.ts';
import { readSchemas } from '../src/generator/read-schemas.ts';
import { contentType } from './helpers/schemas.ts';

const realFiles = generateFiles(readSchemas(CMS_SRC_DIR, REPO_ROOT));

describe('the committed output', () => {
  test.each(realFiles.map((file) => [file.name, file]))('src/generated/%s matches the schemas in cms/src byte for byte', (name, file) => {
    const committed = path.join(GENERATED_DIR, name);
    expect(existsSync(committed), `${name} is missing: run \`pnpm types:generate\``).toBe(true);
    expect(readFileSync(committed, 'utf8'), `${name} is stale: run \`pnpm types:generate\``).toBe(file.contents);
  });

  test('src/generated holds nothing else', () => {
    expect(findStaleFiles(GENERATED_DIR, realFiles), 'run `pnpm types:generate`').toEqual([]);
  });

  test.each(realFiles.map((file) => [file.name, file.contents]))('%s says how it was generated and is formatted readably', (_name, text) => {
    expect(text.split('\n').slice(0, 3).join('\n')).toMatch(/generated from the strapi schemas in cms\/src by `pnpm types:generate`[\s\S]*do not edit by hand/i);
    expect(text.endsWith('}\n') || text.endsWith(';\n')).toBe(true);
    expect(text).not.toMatch(/\n\n\n/);
    const lines = text.split('\n');
    for (const line of lines) {
      expect(line, 'no trailing whitespace').not.toMatch(/\s$/);
      expect(line.length, `line too long: ${line}`).toBeLessThanOrEqual(100);
      expect(line, 'two-space indents').toMatch(/^(?: {2})*(?:\S| \*|$)/);
    }
    const code = lines.filter((line) => !/^\s*(?:\/\/|\/\*\*|\*)/.test(line));
    expect(code.filter((line) => line.includes('"')), 'single quotes').toEqual([]);
    // Members and statements end with a semicolon; only openers, list items and union members do not.
    const unterminated = code.filter((line) => line !== '' && line !== '}' && !/[;,{[=]$/.test(line) && !/^\s*\| /.test(line));
    expect(unterminated, 'semicolons').toEqual([]);
  });
});

describe('deterministic output', () => {
  test('the order files are read in does not change the output', () => {
    const sources = readSchemas(CMS_SRC_DIR, REPO_ROOT);
    const reversed = generateFiles({
      contentTypes: [...sources.contentTypes].reverse(),
      components: [...sources.components].reverse(),
      populates: [...(sources.populates ?? [])].reverse(),
    });
    expect(reversed).toEqual(realFiles);
  });
});

describe('writing and checking the output folder', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const files: GeneratedFile[] = [
    { name: 'a.ts', contents: 'export type A = 1;\n' },
    { name: 'b.ts', contents: 'export type B = 2;\n' },
  ];

  test('findStaleFiles names missing, changed and leftover files', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'shared-types-out-'));
    expect(findStaleFiles(path.join(dir, 'absent'), files)).toEqual(['a.ts', 'b.ts']);
    writeFileSync(path.join(dir, 'a.ts'), files[0]?.contents ?? '');
    writeFileSync(path.join(dir, 'b.ts'), 'export type B = 3;\n');
    writeFileSync(path.join(dir, 'old.ts'), 'export type Old = 0;\n');
    writeFileSync(path.join(dir, 'notes.md'), 'not generated');
    expect(findStaleFiles(dir, files)).toEqual(['b.ts', 'old.ts']);
  });

  test('writeFiles writes what changed, keeps what did not and removes leftovers', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'shared-types-out-'));
    writeFileSync(path.join(dir, 'a.ts'), files[0]?.contents ?? '');
    const before = statSync(path.join(dir, 'a.ts')).mtimeMs;
    writeFileSync(path.join(dir, 'old.ts'), 'export type Old = 0;\n');
    expect(writeFiles(dir, files)).toEqual({ written: ['b.ts'], removed: ['old.ts'] });
    expect(statSync(path.join(dir, 'a.ts')).mtimeMs).toBe(before);
    expect(findStaleFiles(dir, files)).toEqual([]);
  });
});

describe('cli.ts', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });

  /** A throw-away repo holding a copy of the generator and one content type. */
  function tempRepo(): string {
    root = mkdtempSync(path.join(os.tmpdir(), 'shared-types-cli-'));
    cpSync(path.join(REPO_ROOT, 'shared-types', 'src', 'generator'), path.join(root, 'shared-types', 'src', 'generator'), { recursive: true });
    writeSchema(root, { title: { type: 'string', required: true } });
    return root;
  }

  function writeSchema(repo: string, attributes: Record<string, unknown>): void {
    const dir = path.join(repo, 'cms', 'src', 'api', 'thing', 'content-types', 'thing');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'schema.json'), JSON.stringify(contentType('thing', attributes).json, null, 2));
  }

  function cli(repo: string, ...args: string[]) {
    const result = spawnSync(process.execPath, [path.join(repo, 'shared-types', 'src', 'generator', 'cli.ts'), ...args], { encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  test('--check passes on this repo', () => {
    const result = cli(REPO_ROOT, '--check');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  test('generates, then --check exits 1 naming the stale file once a schema changes, and writes nothing', () => {
    const repo = tempRepo();
    expect(cli(repo)).toMatchObject({ status: 0, stdout: expect.stringContaining('wrote shared-types/src/generated/content-types.ts') });
    const generated = path.join(repo, 'shared-types', 'src', 'generated', 'content-types.ts');
    expect(readFileSync(generated, 'utf8')).toContain('export interface ThingFields {');
    expect(cli(repo, '--check').status).toBe(0);

    writeSchema(repo, { title: { type: 'string', required: true }, subtitle: { type: 'string' } });
    const before = readFileSync(generated, 'utf8');
    const check = cli(repo, '--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('  shared-types/src/generated/content-types.ts\n');
    expect(check.stderr).not.toContain('strapi.ts');
    expect(check.stderr).toContain('Run `pnpm types:generate`');
    expect(readFileSync(generated, 'utf8')).toBe(before);
  });

  test('bad input exits 1 with a message naming the file, and writes nothing', () => {
    const repo = tempRepo();
    writeFileSync(path.join(repo, 'cms', 'src', 'api', 'thing', 'content-types', 'thing', 'schema.json'), '{ "kind": ');
    const result = cli(repo);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cms/src/api/thing/content-types/thing/schema.json: not valid JSON');
    expect(existsSync(path.join(repo, 'shared-types', 'src', 'generated'))).toBe(false);
  });

  test('an unknown argument is a usage error', () => {
    expect(cli(REPO_ROOT, '--fix')).toMatchObject({ status: 2, stderr: expect.stringContaining('Usage: node src/generator/cli.ts [--check]') });
  });
});
