import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GeneratedFile } from './generate.ts';

/** Generated-looking files in the folder that the generator no longer makes. */
function leftovers(outDir: string, files: readonly GeneratedFile[]): string[] {
  if (!existsSync(outDir)) return [];
  const expected = new Set(files.map((file) => file.name));
  return readdirSync(outDir)
    .filter((name) => name.endsWith('.ts') && !expected.has(name))
    .sort();
}

function differs(outDir: string, file: GeneratedFile): boolean {
  const target = path.join(outDir, file.name);
  return !existsSync(target) || readFileSync(target, 'utf8') !== file.contents;
}

/** Names of the files in `outDir` that are missing, differ from `files`, or should not be there. */
export function findStaleFiles(outDir: string, files: readonly GeneratedFile[]): string[] {
  const changed = files.filter((file) => differs(outDir, file)).map((file) => file.name);
  return [...changed, ...leftovers(outDir, files)].sort();
}

/** Writes the files that changed (unchanged files keep their timestamps) and removes leftovers. */
export function writeFiles(outDir: string, files: readonly GeneratedFile[]): { written: string[]; removed: string[] } {
  mkdirSync(outDir, { recursive: true });
  const removed = leftovers(outDir, files);
  for (const name of removed) rmSync(path.join(outDir, name));
  const written = files.filter((file) => differs(outDir, file));
  for (const file of written) writeFileSync(path.join(outDir, file.name), file.contents);
  return { written: written.map((file) => file.name), removed };
}
