import type { SourceSeed } from './data/types.ts';
import { integrityProblems } from './integrity.ts';
import { readSources, SeedInputError, SOURCES_DIR } from './sources.ts';
import { unverifiedQuotes, unverifiedTexts } from './verbatim.ts';

/**
 * Reads the source documents and checks the seed data against them and itself.
 * Throws a SeedInputError listing every problem; the import calls it before it
 * writes anything, so bad input never leaves a half-imported CMS.
 */
export async function assertSeedValid(seeds: readonly SourceSeed[], sourcesDir = SOURCES_DIR): Promise<void> {
  const texts = await readSources(sourcesDir);
  const problems = [
    ...integrityProblems(seeds),
    ...unverifiedTexts(seeds, texts).map((text) => `not verbatim: ${text}`),
    ...unverifiedQuotes(seeds, texts),
  ];
  if (problems.length > 0) throw new SeedInputError(problems);
}
