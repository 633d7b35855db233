/**
 * Referential integrity of the seed data: every key unique, every reference defined
 * (and defined before it is used, as the import runs in order), every brief entry
 * referencing exactly one thing, every date and time well formed.
 */
import type { SeedBriefEntry, SourceSeed } from './data/types.ts';

const ENTRY_KINDS = ['newsItem', 'event', 'vacancy', 'leadershipUpdate', 'note'] as const;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

interface Keys {
  organisations: Set<string>;
  priorities: Set<string>;
  newsItem: Set<string>;
  event: Set<string>;
  vacancy: Set<string>;
  leadershipUpdate: Set<string>;
}

function duplicates(kind: string, keys: readonly string[]): string[] {
  const seen = new Set<string>();
  return keys.flatMap((key) => {
    if (seen.has(key)) return [`${kind} "${key}" is defined more than once`];
    seen.add(key);
    return [];
  });
}

function badSlugs(kind: string, slugs: readonly string[]): string[] {
  return slugs.filter((slug) => !SLUG.test(slug)).map((slug) => `${kind} slug "${slug}" is not lower-case-with-dashes`);
}

function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

function missing(kind: string, from: string, keys: Set<string>, refs: readonly (string | undefined)[]): string[] {
  return refs
    .filter((ref): ref is string => ref !== undefined && !keys.has(ref))
    .map((ref) => `${from} references ${kind} "${ref}", which is not defined`);
}

function collectKeys(seeds: readonly SourceSeed[]): Keys {
  const all = <T>(pick: (seed: SourceSeed) => readonly T[]): T[] => seeds.flatMap(pick);
  return {
    organisations: new Set(all((s) => s.organisations).map((o) => o.slug)),
    priorities: new Set(all((s) => s.priorities).map((p) => p.code)),
    newsItem: new Set(all((s) => s.newsItems).map((n) => n.slug)),
    event: new Set(all((s) => s.events).map((e) => e.slug)),
    vacancy: new Set(all((s) => s.vacancies).map((v) => v.slug)),
    leadershipUpdate: new Set(all((s) => s.leadershipUpdates).map((l) => l.slug)),
  };
}

function uniquenessProblems(seeds: readonly SourceSeed[]): string[] {
  const all = <T>(pick: (seed: SourceSeed) => readonly T[]): T[] => seeds.flatMap(pick);
  const slugged = {
    organisation: all((s) => s.organisations).map((o) => o.slug),
    person: all((s) => s.people).map((p) => p.slug),
    'news item': all((s) => s.newsItems).map((n) => n.slug),
    event: all((s) => s.events).map((e) => e.slug),
    vacancy: all((s) => s.vacancies).map((v) => v.slug),
    'leadership update': all((s) => s.leadershipUpdates).map((l) => l.slug),
    brief: all((s) => s.briefs).map((b) => b.slug),
  };
  return [
    ...duplicates('priority', all((s) => s.priorities).map((p) => p.code)),
    ...Object.entries(slugged).flatMap(([kind, slugs]) => [...duplicates(kind, slugs), ...badSlugs(kind, slugs)]),
  ];
}

function priorityProblems(seeds: readonly SourceSeed[]): string[] {
  const defined = new Set<string>();
  return seeds
    .flatMap((seed) => seed.priorities)
    .flatMap((priority) => {
      const problems =
        priority.parent !== undefined && !defined.has(priority.parent)
          ? [`priority ${priority.code} has parent ${priority.parent}, which is not defined before it`]
          : [];
      defined.add(priority.code);
      return problems;
    });
}

function entryProblems(entry: SeedBriefEntry, where: string, keys: Keys): string[] {
  const present = ENTRY_KINDS.filter((kind) => kind in entry && (entry as Record<string, unknown>)[kind] !== undefined);
  if (present.length !== 1) return [`${where} must reference exactly one item or be a note, has ${present.length}`];
  const [kind] = present;
  if (kind === undefined || kind === 'note') return [];
  const ref = (entry as Record<string, string>)[kind];
  return missing(kind, where, keys[kind], [ref]);
}

function referenceProblems(seed: SourceSeed, keys: Keys): string[] {
  const orgs = (from: string, refs: readonly (string | undefined)[]) => missing('organisation', from, keys.organisations, refs);
  const prios = (from: string, refs: readonly string[] = []) => missing('priority', from, keys.priorities, refs);
  return [
    ...seed.people.flatMap((p) => [...orgs(`person ${p.slug}`, [p.organisation]), ...prios(`person ${p.slug}`, p.priorities)]),
    ...seed.newsItems.flatMap((n) => [...orgs(`news item ${n.slug}`, n.organisations ?? []), ...prios(`news item ${n.slug}`, n.priorities)]),
    ...seed.events.flatMap((e) => [...orgs(`event ${e.slug}`, e.organisations ?? []), ...prios(`event ${e.slug}`, e.priorities)]),
    ...seed.vacancies.flatMap((v) => orgs(`vacancy ${v.slug}`, [v.employer, v.hostedOnBehalfOf])),
    ...seed.leadershipUpdates.flatMap((l) => orgs(`leadership update ${l.slug}`, [l.organisation])),
    ...seed.briefs.flatMap((brief) =>
      brief.sections.flatMap((section, s) =>
        section.entries.flatMap((entry, e) => entryProblems(entry, `brief ${brief.slug} section ${s + 1} entry ${e + 1}`, keys)),
      ),
    ),
  ];
}

function dateProblems(seed: SourceSeed): string[] {
  const dates: [string, string | undefined][] = [
    ...seed.events.flatMap((e) => e.sessions.map((s): [string, string] => [`event ${e.slug} session date`, s.date])),
    ...seed.vacancies.flatMap((v): [string, string | undefined][] => [
      [`vacancy ${v.slug} closingDate`, v.closingDate],
      [`vacancy ${v.slug} contractEndDate`, v.contractEndDate],
    ]),
    ...seed.leadershipUpdates.map((l): [string, string | undefined] => [`leadership update ${l.slug} effectiveDate`, l.effectiveDate]),
    ...seed.briefs.map((b): [string, string] => [`brief ${b.slug} issueDate`, b.issueDate]),
  ];
  const times = seed.events.flatMap((e) =>
    e.sessions.flatMap((s) => [s.startsAt, s.endsAt].map((t): [string, string | undefined] => [`event ${e.slug} session time`, t])),
  );
  return [
    ...dates.filter(([, d]) => d !== undefined && !isIsoDate(d)).map(([where, d]) => `${where} "${d}" is not a yyyy-mm-dd date`),
    ...times.filter(([, t]) => t !== undefined && !isTime(t)).map(([where, t]) => `${where} "${t}" is not an hh:mm time`),
  ];
}

/** Everything wrong with the seed data's keys, references, dates and times. */
export function integrityProblems(seeds: readonly SourceSeed[]): string[] {
  const keys = collectKeys(seeds);
  return [
    ...uniquenessProblems(seeds),
    ...priorityProblems(seeds),
    ...seeds.flatMap((seed) => [...referenceProblems(seed, keys), ...dateProblems(seed)]),
  ];
}
