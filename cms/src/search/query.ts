import type { Core } from '@strapi/strapi';
import { SEARCH_TYPE_NAMES, type SearchType } from './documents';
import { queryTerms, type SearchParams } from './params';
import { ENTRIES_TABLE, FTS_TABLE, dialectOf, postgresConfigOf, type Db, type Dialect } from './schema';
import { MARK_END, MARK_START, decodePostgresHeadline, snippetHtml } from './snippet';

/**
 * One search result, as GET /api/search returns it: the contract the site reads is
 * shared-types/src/contracts/search.ts (this package compiles to CommonJS and cannot
 * import that TypeScript source); web/tests/site/search.test.ts checks that the two agree.
 */
export interface SearchHit {
  type: SearchType;
  documentId: string;
  slug: string | null;
  title: string;
  /** A passage of the entry with the matched words in <mark>; everything else HTML-escaped. */
  snippet: string;
  locale: string;
  /** YYYY-MM-DD: story, issue, closing, effective or first session date. */
  date: string | null;
}

export interface SearchResponse {
  data: SearchHit[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

interface Row {
  type: SearchType;
  document_id: string;
  slug: string | null;
  title: string;
  locale: string;
  date: string | null;
  snippet: string | null;
  /** PostgreSQL only: how many hits in all. */
  total?: number | string;
}

interface Page {
  rows: Row[];
  total: number;
}

/** Title matches weigh ten times body matches; the locale and type columns nothing. */
const SQLITE_WEIGHTS = '10.0, 1.0, 0.0, 0.0';
const SNIPPET_WORDS = 24;

/** A statement for knex's raw(): SQL with ? placeholders and its bindings. */
export interface Statement {
  sql: string;
  bindings: Array<string | number>;
}

/** The two statements of a search: one page of ranked hits, and how many there are. */
export interface SearchStatements {
  page: Statement;
  count: Statement;
}

/** FTS5 column filters: each term quoted, so FTS5 reads it as a plain word, never syntax. */
function sqliteMatch(params: SearchParams, terms: string[]): string {
  const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`);
  const filters = [`{locale}: "${params.locale}"`];
  if (params.types.length < SEARCH_TYPE_NAMES.length) filters.push(`{type}: (${quoted(params.types).join(' OR ')})`);
  // Terms implicitly ANDed, in the title and body only.
  return [...filters, `{title body}: (${quoted(terms).join(' ')})`].join(' AND ');
}

function sqliteStatements(params: SearchParams, terms: string[]): SearchStatements {
  const match = sqliteMatch(params, terms);
  return {
    // Rank and page inside the index; the entries table is read for the page's rows only.
    page: {
      sql: `SELECT e.type, e.document_id, e.slug, e.title, e.locale, e.date, hit.snippet
       FROM (
         SELECT rowid AS id, bm25(${FTS_TABLE}, ${SQLITE_WEIGHTS}) AS score,
           snippet(${FTS_TABLE}, 1, ?, ?, '…', ${SNIPPET_WORDS}) AS snippet
         FROM ${FTS_TABLE} WHERE ${FTS_TABLE} MATCH ?
         ORDER BY score, rowid
         LIMIT ? OFFSET ?
       ) hit
       JOIN ${ENTRIES_TABLE} e ON e.id = hit.id
       ORDER BY hit.score, hit.id`,
      bindings: [MARK_START, MARK_END, match, params.pageSize, (params.page - 1) * params.pageSize],
    },
    count: { sql: `SELECT count(*) AS total FROM ${FTS_TABLE} WHERE ${FTS_TABLE} MATCH ?`, bindings: [match] },
  };
}

const MARKERS = `StartSel=${MARK_START}, StopSel=${MARK_END}`;
/** Up to two passages around the matches of a long body... */
const HEADLINE_OPTIONS = `${MARKERS}, MaxWords=${SNIPPET_WORDS + 6}, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
/** ...and the whole of a short one (a passage of it would cut words for nothing). */
const WHOLE_HEADLINE_OPTIONS = `${MARKERS}, HighlightAll=true`;
const SHORT_BODY_CHARS = 240;

/**
 * ts_headline parses its text as HTML and drops anything tag-like, so it gets the body
 * with & < > as entities (which it keeps verbatim); decodePostgresHeadline undoes that.
 */
const ESCAPED_BODY = `replace(replace(replace(page.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;

/** The locale and type lexemes of the indexed documents (schema.ts), as a tsquery. */
function postgresFilterQuery(params: SearchParams): string {
  const locale = `'locale=${params.locale}'`;
  if (params.types.length === SEARCH_TYPE_NAMES.length) return locale;
  return `${locale} & (${params.types.map((type) => `'type=${type}'`).join(' | ')})`;
}

function postgresStatements(params: SearchParams, terms: string[]): SearchStatements {
  const config = postgresConfigOf(params.locale);
  const tsquery = `plainto_tsquery(?::regconfig, ?)`;
  const text = terms.join(' ');
  // An all-stop-word query is empty, and `empty && filter` would match the whole locale.
  const where = `WHERE numnode(${tsquery}) > 0 AND e.document @@ (${tsquery} && ?::tsquery)`;
  const filters = [config, text, config, text, postgresFilterQuery(params)];
  return {
    // Rank and page first; ts_headline (costly) only for the rows shown.
    page: {
      sql: `SELECT page.type, page.document_id, page.slug, page.title, page.locale, page.date, page.total,
         CASE WHEN length(page.body) <= ${SHORT_BODY_CHARS}
           THEN ts_headline(page.config, ${ESCAPED_BODY}, ${tsquery}, ?)
           ELSE ts_headline(page.config, ${ESCAPED_BODY}, ${tsquery}, ?)
         END AS snippet
       FROM (
         SELECT e.id, e.type, e.document_id, e.slug, e.title, e.locale, e.date, e.body, e.config,
           ts_rank(e.document, ${tsquery}) AS rank,
           -- Counted in the same pass over the matches as the ranking, not in a second query.
           count(*) OVER () AS total
         FROM ${ENTRIES_TABLE} e
         ${where}
         ORDER BY rank DESC, e.date DESC NULLS LAST, e.id
         LIMIT ? OFFSET ?
       ) page
       ORDER BY page.rank DESC, page.date DESC NULLS LAST, page.id`,
      bindings: [
        ...[config, text, WHOLE_HEADLINE_OPTIONS, config, text, HEADLINE_OPTIONS],
        ...[config, text, ...filters, params.pageSize, (params.page - 1) * params.pageSize],
      ],
    },
    count: { sql: `SELECT count(*) AS total FROM ${ENTRIES_TABLE} e ${where}`, bindings: filters },
  };
}

/** The SQL a search runs (exported for the benchmark's query plans); null when q has no words. */
export function searchStatements(dialect: Dialect, params: SearchParams): SearchStatements | null {
  const terms = queryTerms(params.q);
  if (terms.length === 0) return null;
  return dialect === 'sqlite' ? sqliteStatements(params, terms) : postgresStatements(params, terms);
}

/** Rows of a raw query: better-sqlite3 returns them as they are, pg inside { rows }. */
function rowsOf<T>(dialect: Dialect, result: unknown): T[] {
  return (dialect === 'sqlite' ? result : (result as { rows: unknown }).rows) as T[];
}

async function runSearch(db: Db, dialect: Dialect, params: SearchParams): Promise<Page> {
  const statements = searchStatements(dialect, params);
  if (!statements) return { rows: [], total: 0 };
  const rows = rowsOf<Row>(dialect, await db.raw(statements.page.sql, statements.page.bindings));
  const readable = dialect === 'postgres' ? rows.map((row) => ({ ...row, snippet: decodePostgresHeadline(row.snippet ?? '') })) : rows;
  // PostgreSQL's page rows carry the total; otherwise (SQLite, or a page past the end) count.
  if (rows[0]?.total !== undefined) return { rows: readable, total: Number(rows[0].total) };
  const [count] = rowsOf<{ total: number | string }>(dialect, await db.raw(statements.count.sql, statements.count.bindings));
  return { rows: readable, total: Number(count?.total ?? 0) };
}

/** Ranked, paginated search over the published entries of one locale. */
export async function search(strapi: Core.Strapi, params: SearchParams): Promise<SearchResponse> {
  const { rows, total } = await runSearch(strapi.db.connection, dialectOf(strapi), params);
  return {
    data: rows.map((row) => ({
      type: row.type,
      documentId: row.document_id,
      slug: row.slug,
      title: row.title,
      snippet: snippetHtml(row.snippet ?? ''),
      locale: row.locale,
      date: row.date,
    })),
    meta: {
      pagination: { page: params.page, pageSize: params.pageSize, pageCount: Math.ceil(total / params.pageSize), total },
    },
  };
}
