/**
 * The shapes the seed data is written in: small, reviewable, close to the source's own
 * wording. Text values are copied verbatim from a source document (tests check this);
 * the importer turns them into Strapi input.
 */

// Enumerations come from the generated CMS types, so the seed cannot drift from the schemas.
import type {
  OrganisationKind,
  PersonGroup,
  PriorityKind,
  VacancyBand,
  VacancyContractType,
} from '@blmk/shared-types';

/** The two source documents, by the name their copy has in scripts/seed/sources/. */
export type SourceKey = 'engagement-paper-2017' | 'central-brief-2018-05';

// ---------------------------------------------------------------- rich text

/** A link inside a paragraph; `url` may be derived (e.g. mailto:), the text is verbatim. */
export interface Link {
  link: string;
  url: string;
}

/** A paragraph with links in it; the parts joined are the source's paragraph. */
export interface Linked {
  parts: readonly (string | Link)[];
}

export type Paragraph = string | Linked;

export interface Heading {
  heading: string;
  level?: 2 | 3;
}

export interface List {
  items: readonly Paragraph[];
  ordered?: boolean;
}

export type Block = Paragraph | Heading | List;
export type RichText = readonly Block[];

/**
 * Text made of verbatim pieces that are not adjacent in the source (a title made of a
 * heading and a venue name, two sentences from one passage). Each piece is checked.
 */
export interface Composed {
  join: readonly string[];
  with: string;
}

export type PlainText = string | Composed;

// ---------------------------------------------------------------- content

export interface SeedOrganisation {
  slug: string;
  name: string;
  shortName?: string;
  kind: OrganisationKind;
  website?: string;
}

export type PriorityCode = `P${number}` | `P${number}.${number}`;

export interface SeedPriority {
  code: PriorityCode;
  title: string;
  summary: string;
  kind: PriorityKind;
  parent?: PriorityCode;
}

export interface SeedPerson {
  slug: string;
  name: string;
  group: PersonGroup;
  jobTitle?: string;
  responsibilities?: string;
  /** Organisation slug. */
  organisation?: string;
  priorities?: readonly PriorityCode[];
  listOrder: number;
}

export interface SeedSource {
  label: string;
  url?: string;
  note?: string;
}

export interface SeedNewsItem {
  slug: string;
  title: string;
  summary: string;
  body: RichText;
  organisations?: readonly string[];
  priorities?: readonly PriorityCode[];
  sources?: readonly SeedSource[];
}

export interface SeedSession {
  /** ISO date (yyyy-mm-dd). */
  date: string;
  /** 24-hour "hh:mm", UK local time; absent when the source gives none. */
  startsAt?: string;
  endsAt?: string;
  asWritten?: string;
}

export interface SeedVenue {
  name: string;
  address?: string;
  postcode?: string;
}

export interface SeedRegistration {
  email?: string;
  url?: string;
  contactName?: string;
  note?: PlainText;
}

export interface SeedEvent {
  slug: string;
  title: PlainText;
  summary?: string;
  description: RichText;
  sessions: readonly SeedSession[];
  venue: SeedVenue;
  audience?: string;
  costNote?: string;
  registration?: SeedRegistration;
  organisations?: readonly string[];
  priorities?: readonly PriorityCode[];
}

export interface SeedVacancy {
  slug: string;
  title: string;
  band?: VacancyBand;
  hoursPerWeek?: number;
  contractType?: VacancyContractType;
  contractTerm?: string;
  contractEndDate?: string;
  location?: string;
  travelArea?: string;
  employer?: string;
  hostedOnBehalfOf?: string;
  summary: string;
  description: RichText;
  contactName?: string;
  contactRole?: string;
  contactEmail?: string;
  contactPhone?: string;
  applyUrl?: string;
  closingDate?: string;
}

export interface SeedLeadershipUpdate {
  slug: string;
  personName: string;
  roleTitle: string;
  organisation?: string;
  effectiveDate?: string;
  summary: string;
  body: RichText;
}

/** A brief entry references exactly one item (by slug) or is a free-text note. */
export type SeedBriefEntry =
  | { newsItem: string }
  | { event: string }
  | { vacancy: string }
  | { leadershipUpdate: string }
  | { note: RichText };

export interface SeedBriefSection {
  heading: string;
  intro?: RichText;
  entries: readonly SeedBriefEntry[];
}

export interface SeedBrief {
  slug: string;
  title: string;
  /** ISO date: briefs store the first day of their issue's month. */
  issueDate: string;
  intro?: RichText;
  sections: readonly SeedBriefSection[];
  outro?: string;
  closingLinks?: readonly { label: string; url?: string }[];
}

// ---------------------------------------------------------------- findings

/**
 * Something a reviewer should know about how the source became seed content: an
 * ambiguity, a contradiction, a gap, a derivation, or a markdown artefact removed.
 * `quotes` are the source's own words (raw, whitespace aside; tests check them).
 */
export interface Finding {
  kind: 'ambiguity' | 'contradiction' | 'gap' | 'derivation' | 'artefact';
  about: string;
  quotes: readonly { source: SourceKey; text: string }[];
  note: string;
  /** Needs an editor's action before the content is relied on. */
  prominent?: boolean;
  /**
   * For artefacts: each edit turns source text into the text the data holds. The
   * verbatim test accepts a data string that occurs only once these are applied.
   */
  edits?: readonly { from: string; to: string }[];
}

/** Everything transcribed from one source document. */
export interface SourceSeed {
  source: SourceKey;
  organisations: readonly SeedOrganisation[];
  priorities: readonly SeedPriority[];
  people: readonly SeedPerson[];
  newsItems: readonly SeedNewsItem[];
  events: readonly SeedEvent[];
  vacancies: readonly SeedVacancy[];
  leadershipUpdates: readonly SeedLeadershipUpdate[];
  briefs: readonly SeedBrief[];
  findings: readonly Finding[];
}
