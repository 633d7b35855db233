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
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number; totalExact: boolean } };
}

/**
 * Counting stops here: past it, `total` is COUNT_CAP with totalExact false ("more than
 * 1,000 results") and the pages offered cover the first COUNT_CAP results.
 */
export const COUNT_CAP = 1000;

interface Row {
  type: SearchType;
  document_id: string;
  slug: string | null;
  title: string;
  locale: string;
  date: string | null;
  snippet: string | null;
  /** PostgreSQL only: how many hits in all, up to COUNT_CAP + 1. */
  total?: number | string;
}

interface Page {
  rows: Row[];
  /** Up to COUNT_CAP + 1: more than COUNT_CAP is all that is known then. */
  counted: number;
}

/** Title matches weigh ten times body matches; the locale and type columns nothing. */
const SQLITE_WEIGHTS = '10.0, 1.0, 0.0, 0.0';
const SNIPPET_WORDS = 24;

/** Rows of the page asked for: none past the first COUNT_CAP results, as pageCount says. */
function pageLimit(params: SearchParams): number {
  return Math.max(0, Math.min(params.pageSize, COUNT_CAP - (params.page - 1) * params.pageSize));
}

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
      bindings: [MARK_START, MARK_END, match, pageLimit(params), (params.page - 1) * params.pageSize],
    },
    // Counting stops past the cap: an exact count of a common word costs as much as its ranking.
    count: {
      sql: `SELECT count(*) AS total FROM (SELECT 1 FROM ${FTS_TABLE} WHERE ${FTS_TABLE} MATCH ? LIMIT ${COUNT_CAP + 1})`,
      bindings: [match],
    },
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

/** Collects a statement's bindings in the order their placeholders are written. */
class Bindings {
  readonly values: Array<string | number> = [];
  add(value: string | number): string {
    this.values.push(value);
    return '?';
  }
}

/** The reader's words as a tsquery in the locale's configuration: a fresh pair of placeholders each call. */
function wordsQuery(bind: Bindings, params: SearchParams, terms: string[]): string {
  return `plainto_tsquery(${bind.add(postgresConfigOf(params.locale))}::regconfig, ${bind.add(terms.join(' '))})`;
}

/**
 * Matches of one vector in the locale (and types), newest first, at most `limit`. For a
 * common word the planner reads the locale(/type)/date btree newest first and stops after
 * `limit` matches; for a rare one it reads the GIN index and sorts the few matches. (An
 * all-stop-word query is empty, which would match nothing anyway; numnode says so cheaply.)
 */
function recentMatches(bind: Bindings, params: SearchParams, terms: string[], vector: 'document' | 'title_document', limit: number): string {
  // Written in order: each bind.add() is a placeholder where it stands in the text.
  const locale = `e.locale = ${bind.add(params.locale)}`;
  const types = params.types.length < SEARCH_TYPE_NAMES.length ? `AND e.type IN (${params.types.map((type) => bind.add(type)).join(', ')})` : '';
  return `SELECT e.id FROM ${ENTRIES_TABLE} e
      WHERE ${locale} ${types}
        AND numnode(${wordsQuery(bind, params, terms)}) > 0 AND e.${vector} @@ ${wordsQuery(bind, params, terms)}
      ORDER BY e.date DESC NULLS LAST, e.id DESC
      LIMIT ${limit}`;
}

/**
 * A common word matches most of the index, and ranking every match means reading every
 * match's large (often out-of-line) tsvector: 85,000 of them for a word in 85% of items.
 * So only a bounded set of candidates is ranked: the COUNT_CAP + 1 most recent matches
 * and the COUNT_CAP most recent title matches (found through the small title vector, so
 * title hits of any age are ranked too). With at most COUNT_CAP matches the candidates are
 * all of them and the ranking is exact; the first set's size is the (capped) total.
 */
function postgresPage(params: SearchParams, terms: string[]): Statement {
  const bind = new Bindings();
  const sql = `WITH matches AS (
      ${recentMatches(bind, params, terms, 'document', COUNT_CAP + 1)}
    ), title_matches AS (
      ${recentMatches(bind, params, terms, 'title_document', COUNT_CAP)}
    ), candidates AS (
      SELECT id FROM matches UNION SELECT id FROM title_matches
    ), page AS (
      SELECT e.id, e.type, e.document_id, e.slug, e.title, e.locale, e.date, e.body, e.config,
        ts_rank(e.document, ${wordsQuery(bind, params, terms)}) AS rank
      FROM candidates c JOIN ${ENTRIES_TABLE} e ON e.id = c.id
      ORDER BY rank DESC, e.date DESC NULLS LAST, e.id
      LIMIT ${bind.add(pageLimit(params))} OFFSET ${bind.add((params.page - 1) * params.pageSize)}
    )
    -- ts_headline (costly) only for the rows shown.
    SELECT page.type, page.document_id, page.slug, page.title, page.locale, page.date,
      (SELECT count(*) FROM matches) AS total,
      CASE WHEN length(page.body) <= ${SHORT_BODY_CHARS}
        THEN ts_headline(page.config, ${ESCAPED_BODY}, ${wordsQuery(bind, params, terms)}, ${bind.add(WHOLE_HEADLINE_OPTIONS)})
        ELSE ts_headline(page.config, ${ESCAPED_BODY}, ${wordsQuery(bind, params, terms)}, ${bind.add(HEADLINE_OPTIONS)})
      END AS snippet
    FROM page
    ORDER BY page.rank DESC, page.date DESC NULLS LAST, page.id`;
  return { sql, bindings: bind.values };
}

function postgresStatements(params: SearchParams, terms: string[]): SearchStatements {
  const bind = new Bindings();
  const count = `SELECT count(*) AS total FROM (${recentMatches(bind, params, terms, 'document', COUNT_CAP + 1)}) counted`;
  return { page: postgresPage(params, terms), count: { sql: count, bindings: bind.values } };
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
  if (!statements) return { rows: [], counted: 0 };
  const rows = rowsOf<Row>(dialect, await db.raw(statements.page.sql, statements.page.bindings));
  const readable = dialect === 'postgres' ? rows.map((row) => ({ ...row, snippet: decodePostgresHeadline(row.snippet ?? '') })) : rows;
  // PostgreSQL's page rows carry the total; otherwise (SQLite, or a page past the end) count.
  if (rows[0]?.total !== undefined) return { rows: readable, counted: Number(rows[0].total) };
  const [count] = rowsOf<{ total: number | string }>(dialect, await db.raw(statements.count.sql, statements.count.bindings));
  return { rows: readable, counted: Number(count?.total ?? 0) };
}

/** Ranked, paginated search over the published entries of one locale. */
export async function search(strapi: Core.Strapi, params: SearchParams): Promise<SearchResponse> {
  const { rows, counted } = await runSearch(strapi.db.connection, dialectOf(strapi), params);
  const total = Math.min(counted, COUNT_CAP);
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
      pagination: { page: params.page, pageSize: params.pageSize, pageCount: Math.ceil(total / params.pageSize), total, totalExact: counted <= COUNT_CAP },
    },
  };
}
