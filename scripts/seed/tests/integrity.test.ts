import { describe, expect, test } from 'vitest';
import { SEED } from '../data/index.ts';
import type { SeedBriefEntry, SourceSeed } from '../data/types.ts';
import { integrityProblems } from '../integrity.ts';

type Mutable = { -readonly [K in keyof SourceSeed]: SourceSeed[K] };

function mutated(change: (paper: Mutable, brief: Mutable) => void): SourceSeed[] {
  const [paper, brief] = structuredClone(SEED) as Mutable[];
  if (!paper || !brief) throw new Error('The seed has two sources.');
  change(paper, brief);
  return [paper, brief];
}

describe('the seed data', () => {
  test('has no dangling reference, duplicate key, bad date or bad time', () => {
    expect(integrityProblems(SEED)).toEqual([]);
  });

  test('every brief entry references exactly one thing', () => {
    const entries = SEED.flatMap((seed) => seed.briefs.flatMap((brief) => brief.sections.flatMap((section) => section.entries)));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(Object.keys(entry)).toHaveLength(1);
  });

  test('keeps the stable keys', () => {
    expect(SEED.flatMap((seed) => seed.priorities.map((p) => p.code))).toEqual([
      'P1', 'P2', 'P3', 'P4', 'P5', 'P3.1', 'P3.2', 'P3.3', 'P3.4', 'P3.5', 'P3.6',
    ]);
    expect(SEED.flatMap((seed) => seed.briefs.map((brief) => brief.slug))).toEqual(['central-brief-may-2018']);
  });
});

describe('integrityProblems finds', () => {
  test.each<[string, (paper: Mutable, brief: Mutable) => void, string]>([
    [
      'an organisation that is not defined',
      (paper) => {
        paper.people = [{ ...paper.people[0]!, organisation: 'milton-keynes-council' }];
      },
      'person mark-england references organisation "milton-keynes-council", which is not defined',
    ],
    [
      'a priority that is not defined',
      (_paper, brief) => {
        brief.newsItems = [{ ...brief.newsItems[0]!, priorities: ['P7'] }];
      },
      'news item blmk-single-operating-plan references priority "P7", which is not defined',
    ],
    [
      'a parent defined after its child',
      (paper) => {
        paper.priorities = [...paper.priorities.slice(5), ...paper.priorities.slice(0, 5)];
      },
      'priority P3.1 has parent P3, which is not defined before it',
    ],
    [
      'a brief entry referencing an undefined item',
      (_paper, brief) => {
        const [b] = brief.briefs;
        brief.briefs = [{ ...b!, sections: [{ heading: 'News', entries: [{ newsItem: 'no-such-story' }] }] }];
      },
      'brief central-brief-may-2018 section 1 entry 1 references newsItem "no-such-story", which is not defined',
    ],
    [
      'a brief entry referencing two things',
      (_paper, brief) => {
        const [b] = brief.briefs;
        const entry = { newsItem: 'primary-care-home-workshop', event: 'mental-health-in-primary-care-home' } as unknown as SeedBriefEntry;
        brief.briefs = [{ ...b!, sections: [{ heading: 'News', entries: [entry] }] }];
      },
      'brief central-brief-may-2018 section 1 entry 1 must reference exactly one item or be a note, has 2',
    ],
    [
      'a duplicate slug',
      (paper, brief) => {
        brief.organisations = [...brief.organisations, paper.organisations[0]!];
      },
      'organisation "bedford-borough-council" is defined more than once',
    ],
    [
      'an impossible date',
      (_paper, brief) => {
        brief.leadershipUpdates = [{ ...brief.leadershipUpdates[0]!, effectiveDate: '2018-02-30' }];
      },
      'leadership update david-carter-l-and-d-ceo effectiveDate "2018-02-30" is not a yyyy-mm-dd date',
    ],
    [
      'a time that is not hh:mm',
      (_paper, brief) => {
        const [event] = brief.events;
        brief.events = [{ ...event!, sessions: [{ date: '2018-05-22', startsAt: '12.30 am' }] }];
      },
      'event mental-health-in-primary-care-home session time "12.30 am" is not an hh:mm time',
    ],
    [
      'a slug that is not lower-case-with-dashes',
      (paper) => {
        paper.people = [...paper.people, { ...paper.people[0]!, slug: 'Mark England' }];
      },
      'person slug "Mark England" is not lower-case-with-dashes',
    ],
  ])('%s', (_name, change, problem) => {
    expect(integrityProblems(mutated(change))).toContain(problem);
  });
});
