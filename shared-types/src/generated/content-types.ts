// REST response types of the Strapi schemas, as cms/src/api/*/populate.json populates them.
// Generated from the Strapi schemas in cms/src by `pnpm types:generate`
// (shared-types/src/generator/cli.ts). Do not edit by hand: change the schemas and regenerate.

import type { BlocksContent, JsonValue, Media } from './strapi.ts';

/** The values of `AuditEntry.actorKind`. */
export type AuditEntryActorKind = 'admin' | 'scheduler' | 'system' | 'public';

/** The values of `AuditEntry.actorKind` in the order the CMS lists them, e.g. for filter menus. */
export const AUDIT_ENTRY_ACTOR_KIND_VALUES = [
  'admin',
  'scheduler',
  'system',
  'public',
] as const satisfies readonly AuditEntryActorKind[];

/** The values of `NewsletterDelivery.status`. */
export type NewsletterDeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped';

/**
 * The values of `NewsletterDelivery.status` in the order the CMS lists them, e.g. for filter menus.
 */
export const NEWSLETTER_DELIVERY_STATUS_VALUES = [
  'pending',
  'sending',
  'sent',
  'failed',
  'skipped',
] as const satisfies readonly NewsletterDeliveryStatus[];

/** The values of `NewsletterSend.kind`. */
export type NewsletterSendKind = 'brief' | 'digest';

/** The values of `NewsletterSend.kind` in the order the CMS lists them, e.g. for filter menus. */
export const NEWSLETTER_SEND_KIND_VALUES = [
  'brief',
  'digest',
] as const satisfies readonly NewsletterSendKind[];

/** The values of `NewsletterSend.status`. */
export type NewsletterSendStatus = 'sending' | 'done';

/** The values of `NewsletterSend.status` in the order the CMS lists them, e.g. for filter menus. */
export const NEWSLETTER_SEND_STATUS_VALUES = [
  'sending',
  'done',
] as const satisfies readonly NewsletterSendStatus[];

/** The values of `Organisation.kind`. */
export type OrganisationKind =
  | 'nhs-trust'
  | 'ccg'
  | 'council'
  | 'community-provider'
  | 'national-body'
  | 'voluntary'
  | 'other';

/** The values of `Organisation.kind` in the order the CMS lists them, e.g. for filter menus. */
export const ORGANISATION_KIND_VALUES = [
  'nhs-trust',
  'ccg',
  'council',
  'community-provider',
  'national-body',
  'voluntary',
  'other',
] as const satisfies readonly OrganisationKind[];

/** The values of `Person.group`. */
export type PersonGroup = 'programme-management' | 'priority-lead' | 'workstream-lead';

/** The values of `Person.group` in the order the CMS lists them, e.g. for filter menus. */
export const PERSON_GROUP_VALUES = [
  'programme-management',
  'priority-lead',
  'workstream-lead',
] as const satisfies readonly PersonGroup[];

/** The values of `Priority.kind`. */
export type PriorityKind = 'front-line' | 'behind-the-scenes';

/** The values of `Priority.kind` in the order the CMS lists them, e.g. for filter menus. */
export const PRIORITY_KIND_VALUES = [
  'front-line',
  'behind-the-scenes',
] as const satisfies readonly PriorityKind[];

/** The values of `Revision.action`. */
export type RevisionAction =
  | 'create'
  | 'update'
  | 'publish'
  | 'restore'
  | 'baseline'
  | 'unpublish'
  | 'discard'
  | 'delete';

/** The values of `Revision.action` in the order the CMS lists them, e.g. for filter menus. */
export const REVISION_ACTION_VALUES = [
  'create',
  'update',
  'publish',
  'restore',
  'baseline',
  'unpublish',
  'discard',
  'delete',
] as const satisfies readonly RevisionAction[];

/** The values of `Revision.authorKind`. */
export type RevisionAuthorKind = 'admin' | 'scheduler' | 'system' | 'public';

/** The values of `Revision.authorKind` in the order the CMS lists them, e.g. for filter menus. */
export const REVISION_AUTHOR_KIND_VALUES = [
  'admin',
  'scheduler',
  'system',
  'public',
] as const satisfies readonly RevisionAuthorKind[];

/** The values of `Revision.status`. */
export type RevisionStatus = 'draft' | 'published';

/** The values of `Revision.status` in the order the CMS lists them, e.g. for filter menus. */
export const REVISION_STATUS_VALUES = [
  'draft',
  'published',
] as const satisfies readonly RevisionStatus[];

/** The values of `Subscriber.status`. */
export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed';

/** The values of `Subscriber.status` in the order the CMS lists them, e.g. for filter menus. */
export const SUBSCRIBER_STATUS_VALUES = [
  'pending',
  'confirmed',
  'unsubscribed',
] as const satisfies readonly SubscriberStatus[];

/** The values of `Vacancy.band`. */
export type VacancyBand =
  | 'Band 1'
  | 'Band 2'
  | 'Band 3'
  | 'Band 4'
  | 'Band 5'
  | 'Band 6'
  | 'Band 7'
  | 'Band 8a'
  | 'Band 8b'
  | 'Band 8c'
  | 'Band 8d'
  | 'Band 9'
  | 'Other/non-AfC';

/** The values of `Vacancy.band` in the order the CMS lists them, e.g. for filter menus. */
export const VACANCY_BAND_VALUES = [
  'Band 1',
  'Band 2',
  'Band 3',
  'Band 4',
  'Band 5',
  'Band 6',
  'Band 7',
  'Band 8a',
  'Band 8b',
  'Band 8c',
  'Band 8d',
  'Band 9',
  'Other/non-AfC',
] as const satisfies readonly VacancyBand[];

/** The values of `Vacancy.contractType`. */
export type VacancyContractType =
  | 'permanent'
  | 'fixed-term'
  | 'secondment'
  | 'secondment-or-fixed-term'
  | 'bank'
  | 'apprenticeship';

/** The values of `Vacancy.contractType` in the order the CMS lists them, e.g. for filter menus. */
export const VACANCY_CONTRACT_TYPE_VALUES = [
  'permanent',
  'fixed-term',
  'secondment',
  'secondment-or-fixed-term',
  'bank',
  'apprenticeship',
] as const satisfies readonly VacancyContractType[];

/** The values of `VacancySalary.period`. */
export type VacancySalaryPeriod = 'year' | 'month' | 'week' | 'day' | 'hour';

/** The values of `VacancySalary.period` in the order the CMS lists them, e.g. for filter menus. */
export const VACANCY_SALARY_PERIOD_VALUES = [
  'year',
  'month',
  'week',
  'day',
  'hour',
] as const satisfies readonly VacancySalaryPeriod[];

/**
 * One item of a brief section: a reference to a news item, event, vacancy or leadership update, or
 * a free-text note.
 *
 * Component `brief.entry`: the fields it always has. Its media, components and relations come as
 * its owner's populate says.
 */
export interface BriefEntry {
  id: number;
  note: BlocksContent | null;
}

/**
 * A section of a brief, such as News, Engagement, Opportunity or Leadership update, with its
 * entries in reading order.
 *
 * Component `brief.section`: the fields it always has. Its media, components and relations come as
 * its owner's populate says.
 */
export interface BriefSection {
  id: number;
  heading: string;
  intro: BlocksContent | null;
}

/**
 * How to book a place: an e-mail address, a web address or both.
 *
 * Component `event.registration`: the fields it always has. Its media, components and relations
 * come as its owner's populate says.
 */
export interface EventRegistration {
  id: number;
  email: string | null;
  url: string | null;
  contactName: string | null;
  note: string | null;
}

/**
 * One sitting of an event. Times are UK local time; leave a time empty when the source gives none
 * and keep its words in "As written".
 *
 * Component `event.session`: the fields it always has. Its media, components and relations come as
 * its owner's populate says.
 */
export interface EventSession {
  id: number;
  /** A calendar date, 'YYYY-MM-DD'. */
  date: string;
  /** A time of day, 'HH:mm:ss.SSS'. */
  startsAt: string | null;
  /** A time of day, 'HH:mm:ss.SSS'. */
  endsAt: string | null;
  asWritten: string | null;
}

/**
 * Where an event takes place.
 *
 * Component `event.venue`: the fields it always has. Its media, components and relations come as
 * its owner's populate says.
 */
export interface EventVenue {
  id: number;
  name: string;
  address: string | null;
  postcode: string | null;
}

/**
 * A labelled link.
 *
 * Component `shared.link`: the fields it always has. Its media, components and relations come as
 * its owner's populate says.
 */
export interface SharedLink {
  id: number;
  label: string;
  url: string | null;
}

/**
 * Search and social sharing overrides; empty fields fall back to the entry itself.
 *
 * Component `shared.seo`: the fields it always has. Its media, components and relations come as its
 * owner's populate says.
 */
export interface SharedSeo {
  id: number;
  metaTitle: string | null;
  metaDescription: string | null;
}

/**
 * A reference or footnote, such as a statistic’s origin.
 *
 * Component `shared.source`: the fields it always has. Its media, components and relations come as
 * its owner's populate says.
 */
export interface SharedSource {
  id: number;
  label: string;
  url: string | null;
  note: string | null;
}

/**
 * Pay range; leave empty when the advert gives none.
 *
 * Component `vacancy.salary`: the fields it always has. Its media, components and relations come as
 * its owner's populate says.
 */
export interface VacancySalary {
  id: number;
  min: number | null;
  max: number | null;
  period: VacancySalaryPeriod | null;
}

/**
 * Who published, unpublished, scheduled or sent what, and when. Written by the CMS itself; never
 * edited.
 *
 * Content type `api::audit-entry.audit-entry`: the fields every response has, populated or not (a
 * related entry, unless its relation is populated further).
 */
export interface AuditEntryFields {
  id: number;
  documentId: string;
  action: string;
  subjectType: string | null;
  subjectDocumentId: string | null;
  subjectLocale: string | null;
  subjectTitle: string | null;
  actorKind: AuditEntryActorKind;
  actorId: number | null;
  actorEmail: string | null;
  details: JsonValue | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  occurredAt: string;
  createdAt: string;
  updatedAt: string;
  /** Without draft and publish, set when the entry is created. */
  publishedAt: string;
}

/**
 * A audit-entry as REST `/api/audit-entries` returns it: its own fields only (it has no
 * populate.json).
 */
export type AuditEntry = AuditEntryFields;

/**
 * A newsletter issue such as "Central Brief: May 2018". Briefs are monthly: the issue date is the
 * first day of the issue’s month.
 *
 * Content type `api::brief.brief`: the fields every response has, populated or not (a related
 * entry, unless its relation is populated further).
 */
export interface BriefFields {
  id: number;
  documentId: string;
  title: string;
  slug: string;
  /** A calendar date, 'YYYY-MM-DD'. */
  issueDate: string;
  intro: BlocksContent | null;
  outro: string | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  publishAt: string | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  unpublishAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Null for a draft (requested with `status=draft`). */
  publishedAt: string | null;
  locale: string;
}

/**
 * A brief as REST `/api/briefs` returns it, with what `cms/src/api/brief/populate.json` populates.
 */
export interface Brief extends BriefFields {
  /** Component `brief.section`. */
  sections: Array<BriefSection & {
    /** Component `brief.entry`. */
    entries: Array<BriefEntry & {
      /** Relation (oneToOne) to `api::news-item.news-item`. */
      newsItem: NewsItem | null;
      /** Relation (oneToOne) to `api::event.event`. */
      event: Event | null;
      /** Relation (oneToOne) to `api::vacancy.vacancy`. */
      vacancy: Vacancy | null;
      /** Relation (oneToOne) to `api::leadership-update.leadership-update`. */
      leadershipUpdate: LeadershipUpdate | null;
    }>;
  }>;
  /** Component `shared.link`. */
  closingLinks: SharedLink[];
  /** Component `shared.seo`. */
  seo: (SharedSeo & {
    /** Media (images). */
    shareImage: Media | null;
  }) | null;
}

/**
 * An event with one or more sessions, a venue and how to register.
 *
 * Content type `api::event.event`: the fields every response has, populated or not (a related
 * entry, unless its relation is populated further).
 */
export interface EventFields {
  id: number;
  documentId: string;
  title: string;
  slug: string;
  summary: string | null;
  description: BlocksContent | null;
  /** A calendar date, 'YYYY-MM-DD'. */
  lastSessionDate: string | null;
  audience: string | null;
  costNote: string | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  publishAt: string | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  unpublishAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Null for a draft (requested with `status=draft`). */
  publishedAt: string | null;
  locale: string;
}

/**
 * A event as REST `/api/events` returns it, with what `cms/src/api/event/populate.json` populates.
 */
export interface Event extends EventFields {
  /** Component `event.session`. */
  sessions: EventSession[];
  /** Component `event.venue`. */
  venue: EventVenue | null;
  /** Component `event.registration`. */
  registration: EventRegistration | null;
  /** Relation (manyToMany) to `api::priority.priority`. */
  priorities: PriorityFields[];
  /** Relation (manyToMany) to `api::organisation.organisation`. */
  organisations: OrganisationFields[];
  /** Component `shared.seo`. */
  seo: (SharedSeo & {
    /** Media (images). */
    shareImage: Media | null;
  }) | null;
}

/**
 * An appointment or change in a leadership post.
 *
 * Content type `api::leadership-update.leadership-update`: the fields every response has, populated
 * or not (a related entry, unless its relation is populated further).
 */
export interface LeadershipUpdateFields {
  id: number;
  documentId: string;
  personName: string;
  slug: string;
  roleTitle: string;
  /** A calendar date, 'YYYY-MM-DD'. */
  effectiveDate: string | null;
  summary: string | null;
  body: BlocksContent | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  publishAt: string | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  unpublishAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Null for a draft (requested with `status=draft`). */
  publishedAt: string | null;
  locale: string;
}

/**
 * A leadership-update as REST `/api/leadership-updates` returns it, with what
 * `cms/src/api/leadership-update/populate.json` populates.
 */
export interface LeadershipUpdate extends LeadershipUpdateFields {
  /** Relation (manyToOne) to `api::organisation.organisation`. */
  organisation: OrganisationFields | null;
  /** Media (images). */
  photo: Media | null;
}

/**
 * A news story, published on its own and referenced from briefs.
 *
 * Content type `api::news-item.news-item`: the fields every response has, populated or not (a
 * related entry, unless its relation is populated further).
 */
export interface NewsItemFields {
  id: number;
  documentId: string;
  title: string;
  slug: string;
  summary: string | null;
  body: BlocksContent | null;
  /** A calendar date, 'YYYY-MM-DD'. */
  storyDate: string | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  publishAt: string | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  unpublishAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Null for a draft (requested with `status=draft`). */
  publishedAt: string | null;
  locale: string;
}

/**
 * A news-item as REST `/api/news-items` returns it, with what `cms/src/api/news-item/populate.json`
 * populates.
 */
export interface NewsItem extends NewsItemFields {
  /** Media (images). */
  cover: Media | null;
  /** Relation (manyToMany) to `api::priority.priority`. */
  priorities: PriorityFields[];
  /** Relation (manyToMany) to `api::organisation.organisation`. */
  organisations: OrganisationFields[];
  /** Component `shared.source`. */
  sources: SharedSource[];
  /** Component `shared.seo`. */
  seo: (SharedSeo & {
    /** Media (images). */
    shareImage: Media | null;
  }) | null;
}

/**
 * One recipient of one newsletter send: pending, sending (handed to SMTP, not yet confirmed), sent,
 * failed, or skipped (unsubscribed or erased before their turn). The e-mail is blanked when the
 * subscriber is erased.
 *
 * Content type `api::newsletter-delivery.newsletter-delivery`: the fields every response has,
 * populated or not (a related entry, unless its relation is populated further).
 */
export interface NewsletterDeliveryFields {
  id: number;
  documentId: string;
  sendDocumentId: string;
  subscriberDocumentId: string | null;
  email: string | null;
  language: string | null;
  topics: string | null;
  status: NewsletterDeliveryStatus;
  attempts: number | null;
  error: string | null;
  messageId: string | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  sentAt: string | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  erasedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Without draft and publish, set when the entry is created. */
  publishedAt: string;
}

/**
 * A newsletter-delivery as REST `/api/newsletter-deliveries` returns it: its own fields only (it
 * has no populate.json).
 */
export type NewsletterDelivery = NewsletterDeliveryFields;

/**
 * One sending of a brief or a weekly digest to the subscribers; its recipients are newsletter
 * deliveries, written before the first mail goes out so a restart can resume.
 *
 * Content type `api::newsletter-send.newsletter-send`: the fields every response has, populated or
 * not (a related entry, unless its relation is populated further).
 */
export interface NewsletterSendFields {
  id: number;
  documentId: string;
  kind: NewsletterSendKind;
  briefDocumentId: string | null;
  briefTitle: string | null;
  status: NewsletterSendStatus;
  requestedById: number | null;
  requestedByEmail: string | null;
  recipientCount: number | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  startedAt: string | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  finishedAt: string | null;
  digestItems: JsonValue | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  periodStart: string | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  periodEnd: string | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  scheduledFor: string | null;
  createdAt: string;
  updatedAt: string;
  /** Without draft and publish, set when the entry is created. */
  publishedAt: string;
}

/**
 * A newsletter-send as REST `/api/newsletter-sends` returns it: its own fields only (it has no
 * populate.json).
 */
export type NewsletterSend = NewsletterSendFields;

/**
 * A partner or other organisation named in content.
 *
 * Content type `api::organisation.organisation`: the fields every response has, populated or not (a
 * related entry, unless its relation is populated further).
 */
export interface OrganisationFields {
  id: number;
  documentId: string;
  name: string;
  slug: string;
  shortName: string | null;
  kind: OrganisationKind;
  website: string | null;
  createdAt: string;
  updatedAt: string;
  /** Null for a draft (requested with `status=draft`). */
  publishedAt: string | null;
  locale: string;
}

/**
 * A organisation as REST `/api/organisations` returns it: its own fields only
 * (`cms/src/api/organisation/populate.json` populates nothing).
 */
export type Organisation = OrganisationFields;

/**
 * A member of the partnership team, as listed in one group (someone listed in two groups has two
 * entries).
 *
 * Content type `api::person.person`: the fields every response has, populated or not (a related
 * entry, unless its relation is populated further).
 */
export interface PersonFields {
  id: number;
  documentId: string;
  name: string;
  slug: string;
  jobTitle: string | null;
  responsibilities: string | null;
  group: PersonGroup;
  listOrder: number | null;
  createdAt: string;
  updatedAt: string;
  /** Null for a draft (requested with `status=draft`). */
  publishedAt: string | null;
  locale: string;
}

/**
 * A person as REST `/api/people` returns it, with what `cms/src/api/person/populate.json`
 * populates.
 */
export interface Person extends PersonFields {
  /** Relation (manyToOne) to `api::organisation.organisation`. */
  organisation: OrganisationFields | null;
  /** Relation (manyToMany) to `api::priority.priority`. */
  priorities: PriorityFields[];
}

/**
 * One of the partnership’s five priorities (P1 to P5) or a secondary-care focus area under P3 (P3.1
 * to P3.6).
 *
 * Content type `api::priority.priority`: the fields every response has, populated or not (a related
 * entry, unless its relation is populated further).
 */
export interface PriorityFields {
  id: number;
  documentId: string;
  code: string;
  title: string;
  summary: string | null;
  kind: PriorityKind;
  createdAt: string;
  updatedAt: string;
  /** Null for a draft (requested with `status=draft`). */
  publishedAt: string | null;
  locale: string;
}

/**
 * A priority as REST `/api/priorities` returns it, with what `cms/src/api/priority/populate.json`
 * populates.
 */
export interface Priority extends PriorityFields {
  /** Relation (manyToOne) to `api::priority.priority`. */
  parent: PriorityFields | null;
  /** Relation (oneToMany) to `api::priority.priority`. */
  children: PriorityFields[];
}

/**
 * One version of an editorial entry (one locale): who, when, the full field data and what changed;
 * kept on every create, save, publish, unpublish, discard, delete and restore. Written by the CMS
 * itself (cms/src/history); never edited.
 *
 * Content type `api::revision.revision`: the fields every response has, populated or not (a related
 * entry, unless its relation is populated further).
 */
export interface RevisionFields {
  id: number;
  documentId: string;
  subjectType: string;
  subjectDocumentId: string;
  subjectLocale: string | null;
  action: RevisionAction;
  status: RevisionStatus;
  authorKind: RevisionAuthorKind;
  authorId: number | null;
  authorEmail: string | null;
  restoredFrom: number | null;
  batchId: string | null;
  changedFields: JsonValue | null;
  snapshot: JsonValue;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  savedAt: string;
  createdAt: string;
  updatedAt: string;
  /** Without draft and publish, set when the entry is created. */
  publishedAt: string;
}

/**
 * A revision as REST `/api/revisions` returns it: its own fields only (it has no populate.json).
 */
export type Revision = RevisionFields;

/**
 * Personal data: an e-mail address and what it asked for. Never in the public API; exported and
 * erased through /blmk/newsletter/subscribers.
 *
 * Content type `api::subscriber.subscriber`: the fields every response has, populated or not (a
 * related entry, unless its relation is populated further).
 */
export interface SubscriberFields {
  id: number;
  documentId: string;
  email: string;
  status: SubscriberStatus;
  topicBriefs: boolean | null;
  topicVacancies: boolean | null;
  topicEvents: boolean | null;
  language: string | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  consentAt: string | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  confirmationSentAt: string | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  confirmedAt: string | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  unsubscribedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Without draft and publish, set when the entry is created. */
  publishedAt: string;
}

/**
 * A subscriber as REST `/api/subscribers` returns it: its own fields only (it has no
 * populate.json).
 */
export type Subscriber = SubscriberFields;

/**
 * A job vacancy. Publishing needs a closing date.
 *
 * Content type `api::vacancy.vacancy`: the fields every response has, populated or not (a related
 * entry, unless its relation is populated further).
 */
export interface VacancyFields {
  id: number;
  documentId: string;
  title: string;
  slug: string;
  band: VacancyBand | null;
  hoursPerWeek: number | null;
  contractType: VacancyContractType | null;
  contractTerm: string | null;
  /** A calendar date, 'YYYY-MM-DD'. */
  contractEndDate: string | null;
  location: string | null;
  travelArea: string | null;
  summary: string | null;
  description: BlocksContent | null;
  contactName: string | null;
  contactRole: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  applyUrl: string | null;
  /** A calendar date, 'YYYY-MM-DD'. */
  closingDate: string | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  publishAt: string | null;
  /** An ISO 8601 date-time in UTC, 'YYYY-MM-DDTHH:mm:ss.SSSZ'. */
  unpublishAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Null for a draft (requested with `status=draft`). */
  publishedAt: string | null;
  locale: string;
}

/**
 * A vacancy as REST `/api/vacancies` returns it, with what `cms/src/api/vacancy/populate.json`
 * populates.
 */
export interface Vacancy extends VacancyFields {
  /** Relation (manyToOne) to `api::organisation.organisation`. */
  employer: OrganisationFields | null;
  /** Relation (manyToOne) to `api::organisation.organisation`. */
  hostedOnBehalfOf: OrganisationFields | null;
  /** Component `vacancy.salary`. */
  salary: VacancySalary | null;
  /** Component `shared.seo`. */
  seo: (SharedSeo & {
    /** Media (images). */
    shareImage: Media | null;
  }) | null;
}

/**
 * Each content type's API names and options, keyed by singular name: what a typed API client needs.
 */
export const CONTENT_TYPES = {
  'audit-entry': {
    uid: 'api::audit-entry.audit-entry',
    singularName: 'audit-entry',
    pluralName: 'audit-entries',
    kind: 'collectionType',
    localized: false,
    draftAndPublish: false,
  },
  brief: {
    uid: 'api::brief.brief',
    singularName: 'brief',
    pluralName: 'briefs',
    kind: 'collectionType',
    localized: true,
    draftAndPublish: true,
  },
  event: {
    uid: 'api::event.event',
    singularName: 'event',
    pluralName: 'events',
    kind: 'collectionType',
    localized: true,
    draftAndPublish: true,
  },
  'leadership-update': {
    uid: 'api::leadership-update.leadership-update',
    singularName: 'leadership-update',
    pluralName: 'leadership-updates',
    kind: 'collectionType',
    localized: true,
    draftAndPublish: true,
  },
  'news-item': {
    uid: 'api::news-item.news-item',
    singularName: 'news-item',
    pluralName: 'news-items',
    kind: 'collectionType',
    localized: true,
    draftAndPublish: true,
  },
  'newsletter-delivery': {
    uid: 'api::newsletter-delivery.newsletter-delivery',
    singularName: 'newsletter-delivery',
    pluralName: 'newsletter-deliveries',
    kind: 'collectionType',
    localized: false,
    draftAndPublish: false,
  },
  'newsletter-send': {
    uid: 'api::newsletter-send.newsletter-send',
    singularName: 'newsletter-send',
    pluralName: 'newsletter-sends',
    kind: 'collectionType',
    localized: false,
    draftAndPublish: false,
  },
  organisation: {
    uid: 'api::organisation.organisation',
    singularName: 'organisation',
    pluralName: 'organisations',
    kind: 'collectionType',
    localized: true,
    draftAndPublish: true,
  },
  person: {
    uid: 'api::person.person',
    singularName: 'person',
    pluralName: 'people',
    kind: 'collectionType',
    localized: true,
    draftAndPublish: true,
  },
  priority: {
    uid: 'api::priority.priority',
    singularName: 'priority',
    pluralName: 'priorities',
    kind: 'collectionType',
    localized: true,
    draftAndPublish: true,
  },
  revision: {
    uid: 'api::revision.revision',
    singularName: 'revision',
    pluralName: 'revisions',
    kind: 'collectionType',
    localized: false,
    draftAndPublish: false,
  },
  subscriber: {
    uid: 'api::subscriber.subscriber',
    singularName: 'subscriber',
    pluralName: 'subscribers',
    kind: 'collectionType',
    localized: false,
    draftAndPublish: false,
  },
  vacancy: {
    uid: 'api::vacancy.vacancy',
    singularName: 'vacancy',
    pluralName: 'vacancies',
    kind: 'collectionType',
    localized: true,
    draftAndPublish: true,
  },
} as const;

/** The response type of each content type, keyed by singular name. */
export interface ContentTypes {
  'audit-entry': AuditEntry;
  brief: Brief;
  event: Event;
  'leadership-update': LeadershipUpdate;
  'news-item': NewsItem;
  'newsletter-delivery': NewsletterDelivery;
  'newsletter-send': NewsletterSend;
  organisation: Organisation;
  person: Person;
  priority: Priority;
  revision: Revision;
  subscriber: Subscriber;
  vacancy: Vacancy;
}

export type ContentTypeName = keyof ContentTypes;
