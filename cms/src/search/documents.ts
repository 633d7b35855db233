import type { EditorialContentType } from '../content-types';

/**
 * What each editorial type contributes to the search index: a title, the text searched
 * and shown in snippets, and the date a result shows. Relations contribute their names
 * (a vacancy's employer, a brief's referenced items), so a search finds them too.
 */

/** The search's name for each type, as the site and the `types` parameter use it. */
export const SEARCH_TYPES = {
  'news-item': 'api::news-item.news-item',
  brief: 'api::brief.brief',
  event: 'api::event.event',
  vacancy: 'api::vacancy.vacancy',
  'leadership-update': 'api::leadership-update.leadership-update',
} as const satisfies Record<string, EditorialContentType>;

export type SearchType = keyof typeof SEARCH_TYPES;

export const SEARCH_TYPE_NAMES = Object.keys(SEARCH_TYPES) as SearchType[];

export function searchTypeOf(uid: string): SearchType | undefined {
  return SEARCH_TYPE_NAMES.find((type) => SEARCH_TYPES[type] === uid);
}

/** One row of the index: a published entry in one locale. */
export interface IndexedEntry {
  type: SearchType;
  documentId: string;
  locale: string;
  slug: string | null;
  title: string;
  body: string;
  date: string | null;
}

// The document service returns loosely typed data; these readers keep the shapes honest.
type Data = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const record = (value: unknown): Data => (value && typeof value === 'object' ? (value as Data) : {});
const list = (value: unknown): Data[] => (Array.isArray(value) ? value.map(record) : []);

/** The words of Strapi blocks (rich text), paragraph by paragraph. */
export function blocksText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  const parts: string[] = [];
  const walk = (node: Data): void => {
    if (typeof node.text === 'string') parts.push(node.text);
    for (const child of list(node.children)) walk(child);
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'list-item') parts.push('\n');
  };
  for (const block of list(blocks)) walk(block);
  return parts.join('').replace(/[ \t]*\n[\s]*/g, '\n').trim();
}

const joinText = (...parts: string[]): string => parts.map((part) => part.trim()).filter(Boolean).join('\n');

/** The first session's date of an event, the date a result shows. */
function firstSessionDate(sessions: unknown): string | null {
  const dates = list(sessions).map((session) => text(session.date)).filter(Boolean).sort();
  return dates[0] ?? null;
}

interface Extractor {
  /** What the document service must populate for `extract`. */
  populate: Data;
  extract(data: Data): Pick<IndexedEntry, 'title' | 'body' | 'date'>;
}

const named = { fields: ['name'] };

export const EXTRACTORS: Record<SearchType, Extractor> = {
  'news-item': {
    populate: { organisations: named, priorities: { fields: ['title'] } },
    extract: (data) => ({
      title: text(data.title),
      body: joinText(
        text(data.summary),
        blocksText(data.body),
        ...list(data.organisations).map((organisation) => text(organisation.name)),
        ...list(data.priorities).map((priority) => text(priority.title)),
      ),
      date: text(data.storyDate) || null,
    }),
  },
  brief: {
    populate: {
      sections: {
        populate: {
          entries: {
            populate: {
              newsItem: { fields: ['title'] },
              event: { fields: ['title'] },
              vacancy: { fields: ['title'] },
              leadershipUpdate: { fields: ['personName', 'roleTitle'] },
            },
          },
        },
      },
    },
    extract: (data) => ({
      title: text(data.title),
      body: joinText(
        blocksText(data.intro),
        ...list(data.sections).flatMap((section) => [
          text(section.heading),
          blocksText(section.intro),
          ...list(section.entries).map((entry) =>
            joinText(
              text(record(entry.newsItem).title),
              text(record(entry.event).title),
              text(record(entry.vacancy).title),
              text(record(entry.leadershipUpdate).personName),
              text(record(entry.leadershipUpdate).roleTitle),
              blocksText(entry.note),
            ),
          ),
        ]),
        text(data.outro),
      ),
      date: text(data.issueDate) || null,
    }),
  },
  event: {
    populate: { sessions: true, venue: true, organisations: named },
    extract: (data) => ({
      title: text(data.title),
      body: joinText(
        text(data.summary),
        blocksText(data.description),
        text(record(data.venue).name),
        text(record(data.venue).address),
        text(data.audience),
        text(data.costNote),
        ...list(data.organisations).map((organisation) => text(organisation.name)),
      ),
      date: firstSessionDate(data.sessions),
    }),
  },
  vacancy: {
    populate: { employer: named, hostedOnBehalfOf: named },
    extract: (data) => ({
      title: text(data.title),
      body: joinText(
        text(data.summary),
        blocksText(data.description),
        text(data.location),
        text(data.travelArea),
        text(record(data.employer).name),
        text(record(data.hostedOnBehalfOf).name),
        text(data.band),
      ),
      date: text(data.closingDate) || null,
    }),
  },
  'leadership-update': {
    populate: { organisation: named },
    extract: (data) => ({
      title: text(data.personName),
      body: joinText(text(data.roleTitle), text(record(data.organisation).name), text(data.summary), blocksText(data.body)),
      date: text(data.effectiveDate) || null,
    }),
  },
};

/**
 * Where each type's rows take names from other documents (EXTRACTORS' populate): the
 * relation's path from the entry, and the type it points at. When a document of that type
 * changes or goes, the entries pointing at it are indexed again (sync.ts), so a renamed
 * organisation is found under its new name only.
 */
export interface NameSource {
  path: readonly string[];
  target: string;
}

const ORGANISATION = 'api::organisation.organisation';

export const NAME_SOURCES: Record<SearchType, readonly NameSource[]> = {
  'news-item': [
    { path: ['organisations'], target: ORGANISATION },
    { path: ['priorities'], target: 'api::priority.priority' },
  ],
  brief: [
    { path: ['sections', 'entries', 'newsItem'], target: SEARCH_TYPES['news-item'] },
    { path: ['sections', 'entries', 'event'], target: SEARCH_TYPES.event },
    { path: ['sections', 'entries', 'vacancy'], target: SEARCH_TYPES.vacancy },
    { path: ['sections', 'entries', 'leadershipUpdate'], target: SEARCH_TYPES['leadership-update'] },
  ],
  event: [{ path: ['organisations'], target: ORGANISATION }],
  vacancy: [
    { path: ['employer'], target: ORGANISATION },
    { path: ['hostedOnBehalfOf'], target: ORGANISATION },
  ],
  'leadership-update': [{ path: ['organisation'], target: ORGANISATION }],
};

/** Longest body kept: enough for any real article, bounded for the index. */
const MAX_BODY_CHARS = 50_000;
/** Snippet markers (see snippet.ts) must never occur in indexed text. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched here
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

export function toIndexedEntry(type: SearchType, data: Data): IndexedEntry {
  const { title, body, date } = EXTRACTORS[type].extract(data);
  return {
    type,
    documentId: text(data.documentId),
    locale: text(data.locale),
    slug: text(data.slug) || null,
    title: title.replace(CONTROL_CHARS, ' ').trim(),
    body: body.replace(CONTROL_CHARS, ' ').slice(0, MAX_BODY_CHARS),
    date,
  };
}
