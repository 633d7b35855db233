/**
 * The one table of editorial types and their facts. The CMS (preview, revision history,
 * scheduling, search, the site's purge webhook, audit) and the site (pages, feeds,
 * sitemap, search results, cache purge) derive their lists from it, so adding a type
 * means a row here and the type's own folder (cms/src/api/<type>/, web/app/pages/<path>/).
 * Keys are the content types' singular names, as CONTENT_TYPES has them.
 */
import type { ContentTypeName } from '../generated/content-types.ts';

/** The site's feeds: "all" combines the others. */
export const FEED_KINDS = ['news', 'briefs', 'vacancies', 'all'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

export interface EditorialTypeFacts {
  /** `api::<name>.<name>`, the CMS's uid. */
  uid: `api::${string}.${string}`;
  /** What editors call one, for messages. */
  label: string;
  /** The site's list of the type; each entry's page is `<listPath>/<slug>`. */
  listPath: `/${string}`;
  /** Other lists under the list path (they take those slugs from entries). */
  otherLists: readonly `/${string}`[];
  /** Shown on the home page. */
  onHome: boolean;
  /** The admin's Preview opens a draft on the site. */
  previewable: boolean;
  /** In the site's full-text search (cms/src/search). */
  searchable: boolean;
  /** Feeds that list it; none for types without feeds. */
  feeds: readonly FeedKind[];
  /** Its pages are in the sitemap. */
  inSitemap: boolean;
  /** Has publishAt/unpublishAt, run by the CMS's scheduler. */
  scheduled: boolean;
  /** Every save keeps a revision (cms/src/history). */
  revisions: boolean;
  /** The field that names an entry (titles of mails, audit entries, search results). */
  titleField: string;
  /** The date a reader sees for an entry, as search results and feeds show it (YYYY-MM-DD). */
  dateField: string | null;
}

export const EDITORIAL_TYPES = {
  'news-item': {
    uid: 'api::news-item.news-item',
    label: 'News item',
    listPath: '/news',
    otherLists: [],
    onHome: true,
    previewable: true,
    searchable: true,
    feeds: ['news', 'all'],
    inSitemap: true,
    scheduled: true,
    revisions: true,
    titleField: 'title',
    dateField: 'storyDate',
  },
  brief: {
    uid: 'api::brief.brief',
    label: 'Brief',
    listPath: '/briefs',
    otherLists: [],
    onHome: true,
    previewable: true,
    searchable: true,
    feeds: ['briefs', 'all'],
    inSitemap: true,
    scheduled: true,
    revisions: true,
    titleField: 'title',
    dateField: 'issueDate',
  },
  vacancy: {
    uid: 'api::vacancy.vacancy',
    label: 'Vacancy',
    listPath: '/vacancies',
    otherLists: [],
    onHome: true,
    previewable: true,
    searchable: true,
    feeds: ['vacancies', 'all'],
    inSitemap: true,
    scheduled: true,
    revisions: true,
    titleField: 'title',
    dateField: 'closingDate',
  },
  event: {
    uid: 'api::event.event',
    label: 'Event',
    listPath: '/events',
    otherLists: ['/events/past'],
    onHome: true,
    previewable: true,
    searchable: true,
    feeds: [],
    inSitemap: true,
    scheduled: true,
    revisions: true,
    titleField: 'title',
    dateField: null,
  },
  'leadership-update': {
    uid: 'api::leadership-update.leadership-update',
    label: 'Leadership update',
    listPath: '/leadership',
    otherLists: [],
    onHome: false,
    previewable: true,
    searchable: true,
    feeds: [],
    inSitemap: true,
    scheduled: true,
    revisions: true,
    titleField: 'personName',
    dateField: 'effectiveDate',
  },
} as const satisfies Partial<Record<ContentTypeName, EditorialTypeFacts>>;

export type EditorialType = keyof typeof EDITORIAL_TYPES;
export type EditorialUid = (typeof EDITORIAL_TYPES)[EditorialType]['uid'];
export const EDITORIAL_TYPE_NAMES = Object.keys(EDITORIAL_TYPES) as EditorialType[];

/**
 * Reference data the editorial types link to: shown on many pages (an organisation's
 * name on every news item it tags), so a change to one purges every cached page.
 */
export const REFERENCE_TYPES = {
  organisation: { uid: 'api::organisation.organisation', titleField: 'name' },
  priority: { uid: 'api::priority.priority', titleField: 'name' },
  person: { uid: 'api::person.person', titleField: 'name' },
} as const satisfies Partial<Record<ContentTypeName, { uid: string; titleField: string }>>;

export type ReferenceType = keyof typeof REFERENCE_TYPES;
/** Every type the public API reads: editorial and reference. */
export type PublicType = EditorialType | ReferenceType;
export const PUBLIC_TYPE_NAMES = [...EDITORIAL_TYPE_NAMES, ...(Object.keys(REFERENCE_TYPES) as ReferenceType[])];

export function isEditorialType(value: unknown): value is EditorialType {
  return typeof value === 'string' && Object.hasOwn(EDITORIAL_TYPES, value);
}

export function isPublicType(value: unknown): value is PublicType {
  return isEditorialType(value) || (typeof value === 'string' && Object.hasOwn(REFERENCE_TYPES, value));
}

/** The editorial type of a CMS uid, or undefined for any other uid. */
export function editorialTypeOf(uid: string): EditorialType | undefined {
  return EDITORIAL_TYPE_NAMES.find((type) => EDITORIAL_TYPES[type].uid === uid);
}

/** The public type (editorial or reference) of a CMS uid, or undefined. */
export function publicTypeOf(uid: string): PublicType | undefined {
  return PUBLIC_TYPE_NAMES.find((type) => (type in EDITORIAL_TYPES ? EDITORIAL_TYPES[type as EditorialType] : REFERENCE_TYPES[type as ReferenceType]).uid === uid);
}

type Fact = { [K in keyof EditorialTypeFacts]: EditorialTypeFacts[K] extends boolean ? K : never }[keyof EditorialTypeFacts];

/** The editorial types that have a fact: `editorialTypesWhere('previewable')`. */
export function editorialTypesWhere(fact: Fact): EditorialType[] {
  return EDITORIAL_TYPE_NAMES.filter((type) => EDITORIAL_TYPES[type][fact]);
}
