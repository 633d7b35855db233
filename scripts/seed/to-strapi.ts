/**
 * Maps seed data to Document Service input. Pure: relations come from `refs`, which
 * knows each imported entry's documentId (and leaves out, with a warning, any that
 * an editor has deleted since).
 */
import { plainText, toBlocks } from './blocks.ts';
import type {
  SeedBrief,
  SeedBriefEntry,
  SeedEvent,
  SeedLeadershipUpdate,
  SeedNewsItem,
  SeedOrganisation,
  SeedPerson,
  SeedPriority,
  SeedSession,
  SeedVacancy,
} from './data/types.ts';

export type RefType = 'organisation' | 'priority' | 'news-item' | 'event' | 'vacancy' | 'leadership-update';

export interface Connect {
  connect: { documentId: string }[];
}

export interface Refs {
  /** A to-one relation, or undefined when there is none (or its target is gone). */
  one(type: RefType, key: string | undefined): Connect | undefined;
  /** A to-many relation to the targets that exist. */
  many(type: RefType, keys: readonly string[] | undefined): Connect | undefined;
}

export type StrapiData = Record<string, unknown>;

/** Leaves out what the seed does not give, so Strapi stores nothing rather than a guess. */
function compact(data: StrapiData): StrapiData {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}

/** Strapi's time fields take "hh:mm:ss.SSS". */
function strapiTime(time: string | undefined): string | undefined {
  return time === undefined ? undefined : `${time}:00.000`;
}

export function organisationData(org: SeedOrganisation): StrapiData {
  return compact({ name: org.name, slug: org.slug, shortName: org.shortName, kind: org.kind, website: org.website });
}

export function priorityData(priority: SeedPriority, refs: Refs): StrapiData {
  const { code, title, summary, kind } = priority;
  return compact({ code, title, summary, kind, parent: refs.one('priority', priority.parent) });
}

export function personData(person: SeedPerson, refs: Refs): StrapiData {
  const { name, slug, jobTitle, responsibilities, group, listOrder } = person;
  return compact({
    name,
    slug,
    jobTitle,
    responsibilities,
    group,
    listOrder,
    organisation: refs.one('organisation', person.organisation),
    priorities: refs.many('priority', person.priorities),
  });
}

export function newsItemData(item: SeedNewsItem, refs: Refs): StrapiData {
  return compact({
    title: item.title,
    slug: item.slug,
    summary: item.summary,
    body: toBlocks(item.body),
    organisations: refs.many('organisation', item.organisations),
    priorities: refs.many('priority', item.priorities),
    sources: item.sources?.map((source) => compact({ ...source })),
  });
}

function sessionData(session: SeedSession): StrapiData {
  return compact({
    date: session.date,
    startsAt: strapiTime(session.startsAt),
    endsAt: strapiTime(session.endsAt),
    asWritten: session.asWritten,
  });
}

export function eventData(event: SeedEvent, refs: Refs): StrapiData {
  const registration = event.registration;
  return compact({
    title: plainText(event.title),
    slug: event.slug,
    summary: event.summary,
    description: toBlocks(event.description),
    sessions: event.sessions.map(sessionData),
    venue: compact({ ...event.venue }),
    audience: event.audience,
    costNote: event.costNote,
    registration: registration && compact({ ...registration, note: registration.note && plainText(registration.note) }),
    organisations: refs.many('organisation', event.organisations),
    priorities: refs.many('priority', event.priorities),
  });
}

export function vacancyData(vacancy: SeedVacancy, refs: Refs): StrapiData {
  const { description, employer, hostedOnBehalfOf, ...fields } = vacancy;
  return compact({
    ...fields,
    description: toBlocks(description),
    employer: refs.one('organisation', employer),
    hostedOnBehalfOf: refs.one('organisation', hostedOnBehalfOf),
  });
}

export function leadershipUpdateData(update: SeedLeadershipUpdate, refs: Refs): StrapiData {
  const { body, organisation, ...fields } = update;
  return compact({ ...fields, body: toBlocks(body), organisation: refs.one('organisation', organisation) });
}

/** A brief entry, or undefined when the item it references is gone. */
function briefEntryData(entry: SeedBriefEntry, refs: Refs): StrapiData | undefined {
  if ('note' in entry) return { note: toBlocks(entry.note) };
  if ('newsItem' in entry) return wrap('newsItem', refs.one('news-item', entry.newsItem));
  if ('event' in entry) return wrap('event', refs.one('event', entry.event));
  if ('vacancy' in entry) return wrap('vacancy', refs.one('vacancy', entry.vacancy));
  return wrap('leadershipUpdate', refs.one('leadership-update', entry.leadershipUpdate));
}

function wrap(field: string, relation: Connect | undefined): StrapiData | undefined {
  return relation && { [field]: relation };
}

export function briefData(brief: SeedBrief, refs: Refs): StrapiData {
  return compact({
    title: brief.title,
    slug: brief.slug,
    issueDate: brief.issueDate,
    intro: brief.intro && toBlocks(brief.intro),
    sections: brief.sections.map((section) =>
      compact({
        heading: section.heading,
        intro: section.intro && toBlocks(section.intro),
        entries: section.entries.flatMap((entry) => briefEntryData(entry, refs) ?? []),
      }),
    ),
    outro: brief.outro,
    closingLinks: brief.closingLinks?.map((link) => compact({ ...link })),
  });
}
