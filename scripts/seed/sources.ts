import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOURCE_FILES } from './data/index.ts';
import type { SourceKey } from './data/types.ts';

/** The copies of the source documents: the seed must build without /work/shared. */
export const SOURCES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sources');

export type SourceTexts = ReadonlyMap<SourceKey, string>;

/** Thrown for bad seed input: nothing has been written when it is. */
export class SeedInputError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`The seed input is not valid, nothing was imported:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'SeedInputError';
    this.problems = problems;
  }
}

/** Reads every source document; a missing one is named in the error. */
export async function readSources(dir = SOURCES_DIR): Promise<SourceTexts> {
  const texts = new Map<SourceKey, string>();
  const problems: string[] = [];
  for (const [key, file] of Object.entries(SOURCE_FILES) as [SourceKey, string][]) {
    const filePath = path.join(dir, file);
    try {
      texts.set(key, await readFile(filePath, 'utf8'));
    } catch (error) {
      problems.push(`source text ${key} cannot be read from ${filePath}: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new SeedInputError(problems);
  return texts;
}

/** Line breaks and runs of spaces are layout, not wording: compare text without them. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
