import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { SEED, SOURCE_FILES } from '../data/index.ts';
import type { SourceSeed } from '../data/types.ts';
import { readSources, SOURCES_DIR, type SourceTexts } from '../sources.ts';
import { seedTexts, unverifiedQuotes, unverifiedTexts } from '../verbatim.ts';

let texts: SourceTexts;
beforeAll(async () => {
  texts = await readSources();
});

/** A deep copy of the seed with one change, to prove the checks can fail. */
function mutated(change: (seeds: SourceSeed[]) => void): SourceSeed[] {
  const copy = structuredClone(SEED) as SourceSeed[];
  change(copy);
  return copy;
}

describe('the seed data is the sources\' words', () => {
  test.each(SEED.map((seed) => [seed.source, seed] as const))('every text value of %s occurs in its source', (_source, seed) => {
    expect(unverifiedTexts([seed, ...SEED.filter((other) => other !== seed)], texts)).toEqual([]);
  });

  test('there is text to check in every source', () => {
    for (const seed of SEED) expect(seedTexts(seed).length).toBeGreaterThan(50);
  });

  test('every finding quote and artefact edit occurs in its source', () => {
    expect(unverifiedQuotes(SEED, texts)).toEqual([]);
  });

  test('a changed word is caught and named', () => {
    const seeds = mutated(([paper]) => {
      const priority = paper?.priorities[0];
      if (priority) priority.title = 'Prevention of illness';
    });
    expect(unverifiedTexts(seeds, texts)).toEqual(['engagement-paper-2017: priorities[P1].title: "Prevention of illness"']);
  });

  test('a corrected typo is caught', () => {
    const seeds = mutated(([, brief]) => {
      const item = brief?.newsItems[0];
      if (item) item.body = ['Historically health and social care organisations have developed their strategic plans in relative isolation of each other.'];
    });
    expect(unverifiedTexts(seeds, texts)).toHaveLength(1);
  });

  test('a markdown artefact may only go when a finding records its removal', () => {
    const seeds = mutated(([paper, brief]) => {
      for (const seed of [paper, brief]) {
        if (seed) seed.findings = seed.findings.filter((finding) => !finding.edits?.some((edit) => edit.from.includes('2.5**')));
      }
    });
    expect(unverifiedTexts(seeds, texts)).toEqual([
      expect.stringContaining('newsItems[transforming-cancer-care-across-blmk].summary'),
      expect.stringContaining('newsItems[transforming-cancer-care-across-blmk].body[6]'),
      expect.stringContaining('newsItems[transforming-cancer-care-across-blmk].sources[2].note'),
    ]);
  });

  test('a quote that is not in its source is caught', () => {
    const seeds = mutated(([paper]) => {
      if (paper) paper.findings = [{ ...paper.findings[0]!, quotes: [{ source: 'engagement-paper-2017', text: 'P1 Prevention: encourage' }] }];
    });
    expect(unverifiedQuotes(seeds, texts)).toHaveLength(1);
  });
});

describe('the copied sources', () => {
  const shared: Record<string, string> = {
    'engagement-paper-2017.txt': '/work/shared/seeds/000_5c0e6ef78b101673.txt',
    'central-brief-2018-05.txt': '/work/shared/seeds/004_d38ea55c25740533.txt',
  };

  test.each(Object.values(SOURCE_FILES))('%s is in the repository', (file) => {
    expect(existsSync(path.join(SOURCES_DIR, file))).toBe(true);
  });

  // The originals exist only on the machines the project started on, not in CI.
  for (const [file, original] of Object.entries(shared)) {
    test.skipIf(!existsSync(original))(`${file} is an unchanged copy of ${original}`, () => {
      expect(readFileSync(path.join(SOURCES_DIR, file)).equals(readFileSync(original))).toBe(true);
    });
  }
});
