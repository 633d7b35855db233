/**
 * The content types the seed imports, in dependency order: every relation points at
 * a type imported earlier (priorities point at earlier priorities).
 */
import type { SourceSeed } from './data/types.ts';
import {
  briefData,
  eventData,
  leadershipUpdateData,
  newsItemData,
  organisationData,
  personData,
  priorityData,
  vacancyData,
  type RefType,
  type Refs,
  type StrapiData,
} from './to-strapi.ts';

export type SeedTypeName = RefType | 'person' | 'brief';

export interface SeedEntry {
  key: string;
  build(refs: Refs): StrapiData;
}

export interface SeedType {
  name: SeedTypeName;
  uid: `api::${string}.${string}`;
  /** The field that identifies an entry across runs. */
  keyField: 'slug' | 'code';
  entries(seeds: readonly SourceSeed[]): SeedEntry[];
}

function bySlug<T extends { slug: string }>(
  pick: (seed: SourceSeed) => readonly T[],
  build: (item: T, refs: Refs) => StrapiData,
): SeedType['entries'] {
  return (seeds) => seeds.flatMap(pick).map((item) => ({ key: item.slug, build: (refs) => build(item, refs) }));
}

export const SEED_TYPES: readonly SeedType[] = [
  {
    name: 'organisation',
    uid: 'api::organisation.organisation',
    keyField: 'slug',
    entries: bySlug((seed) => seed.organisations, organisationData),
  },
  {
    name: 'priority',
    uid: 'api::priority.priority',
    keyField: 'code',
    entries: (seeds) =>
      seeds.flatMap((seed) => seed.priorities).map((p) => ({ key: p.code, build: (refs) => priorityData(p, refs) })),
  },
  { name: 'person', uid: 'api::person.person', keyField: 'slug', entries: bySlug((seed) => seed.people, personData) },
  {
    name: 'news-item',
    uid: 'api::news-item.news-item',
    keyField: 'slug',
    entries: bySlug((seed) => seed.newsItems, newsItemData),
  },
  { name: 'event', uid: 'api::event.event', keyField: 'slug', entries: bySlug((seed) => seed.events, eventData) },
  { name: 'vacancy', uid: 'api::vacancy.vacancy', keyField: 'slug', entries: bySlug((seed) => seed.vacancies, vacancyData) },
  {
    name: 'leadership-update',
    uid: 'api::leadership-update.leadership-update',
    keyField: 'slug',
    entries: bySlug((seed) => seed.leadershipUpdates, leadershipUpdateData),
  },
  { name: 'brief', uid: 'api::brief.brief', keyField: 'slug', entries: bySlug((seed) => seed.briefs, briefData) },
];
