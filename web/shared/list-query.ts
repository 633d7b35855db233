import { SEARCH_LIMITS, VACANCY_BAND_VALUES, VACANCY_CONTRACT_TYPE_VALUES } from '@blmk/shared-types';
import { isSlug } from './utils/slug';

/**
 * The query strings list and search pages take, as schemas: the page boundary checks
 * the address against its schema, so a bad value is a 400 page that says which
 * parameter is wrong and why, and the queries receive only checked, typed values.
 * Parameters a schema does not name (utm_source...) are ignored.
 */

export class ListQueryError extends Error {}

/** Checks one parameter's text (never empty: an empty value counts as not given). */
type Parameter<T> = (value: string, name: string) => T;
type Schema = Record<string, Parameter<unknown>>;

/** The largest page number a list takes; further than any list will reach. */
const MAX_LIST_PAGE = 10_000;

function pageNumber(max: number): Parameter<number> {
  return (value, name) => {
    if (!/^\d{1,6}$/.test(value) || Number(value) < 1 || Number(value) > max) throw new ListQueryError(`${name} must be a whole number from 1 to ${max}.`);
    return Number(value);
  };
}

function oneOf<T extends string>(values: readonly T[]): Parameter<T> {
  return (value, name) => {
    if ((values as readonly string[]).includes(value)) return value as T;
    throw new ListQueryError(`${name} must be one of: ${values.join(', ')}.`);
  };
}

/** Printable text without control or markup characters, trimmed, of 1 to `max` characters. */
function plainText(max: number): Parameter<string> {
  const pattern = new RegExp(`^[^\\p{Cc}<>]{1,${max}}$`, 'u');
  return (value, name) => {
    const text = value.trim();
    if (!pattern.test(text)) throw new ListQueryError(`${name} must be plain text of at most ${max} characters.`);
    return text;
  };
}

/** The reader's search words, trimmed: anything printable (the CMS escapes what it shows back). */
const searchWords: Parameter<string> = (value, name) => {
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001F\u007F]/.test(value)) throw new ListQueryError(`${name} must be printable text.`);
  return value.trim();
};

/** A priority's code: P1 to P5, P3.1 to P3.6 (checked loosely; an unknown code just finds nothing). */
const priorityCode: Parameter<string> = (value, name) => {
  if (!/^P\d{1,2}(?:\.\d{1,2})?$/.test(value)) throw new ListQueryError(`${name} must be a priority code such as P3.1.`);
  return value;
};

const slug: Parameter<string> = (value, name) => {
  if (!isSlug(value)) throw new ListQueryError(`${name} must be a slug.`);
  return value;
};

export const VACANCY_SORTS = ['closing-soonest', 'closing-latest'] as const;
export type VacancySort = (typeof VACANCY_SORTS)[number];

const listPage = { page: pageNumber(MAX_LIST_PAGE) };

/** Each list page's query string. */
export const LIST_QUERIES = {
  news: { ...listPage, priority: priorityCode, organisation: slug },
  vacancies: {
    ...listPage,
    band: oneOf(VACANCY_BAND_VALUES),
    contractType: oneOf(VACANCY_CONTRACT_TYPE_VALUES),
    location: plainText(100),
    sort: oneOf(VACANCY_SORTS),
  },
  briefs: listPage,
  events: listPage,
  leadership: listPage,
  // Words longer than the CMS takes are not a bad address but a form to correct: the search page says so.
  search: { page: pageNumber(SEARCH_LIMITS.maxPage), q: searchWords },
} as const satisfies Record<string, Schema>;

export type ListName = keyof typeof LIST_QUERIES;

/** What a schema gives: each parameter's value, or undefined when not given; the page is 1 when not given. */
export type ListQuery<S extends Schema> = { [K in keyof S]?: ReturnType<S[K]> } & { page: number };

/**
 * Checks a route's query (`?page=2&band=Band%207`) against a list's schema; throws
 * ListQueryError naming the first bad parameter. A parameter given twice is refused:
 * it cannot mean one thing.
 */
export function parseListQuery<N extends ListName>(list: N, query: Record<string, unknown>): ListQuery<(typeof LIST_QUERIES)[N]> {
  const schema: Schema = LIST_QUERIES[list];
  const parsed: Record<string, unknown> = { page: 1 };
  for (const [name, parameter] of Object.entries(schema)) {
    const raw = query[name];
    if (raw === undefined || raw === null || raw === '') continue;
    if (typeof raw !== 'string') throw new ListQueryError(`${name} must be given once.`);
    parsed[name] = parameter(raw, name);
  }
  return parsed as ListQuery<(typeof LIST_QUERIES)[N]>;
}
