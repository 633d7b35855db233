import type { Core } from '@strapi/strapi';
import type { SearchType } from './documents';
import { queryTerms, type SearchParams } from './params';
import { ENTRIES_TABLE, FTS_TABLE, dialectOf, postgresConfigOf, type Db } from './schema';
import { MARK_END, MARK_START, decodePostgresHeadline, snippetHtml } from './snippet';

/** One search result, as GET /api/search returns it. */
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
}

interface Page {
  rows: Row[];
  total: number;
}

const placeholders = (values: readonly unknown[]): string => values.map(() => '?').join(', ');

/** Title matches weigh ten times body matches. */
const SQLITE_WEIGHTS = '10.0, 1.0';
const SNIPPET_WORDS = 24;

async function searchSqlite(db: Db, params: SearchParams, terms: string[]): Promise<Page> {
  // Each term quoted: FTS5 reads them as plain words, implicitly ANDed.
  const match = terms.map((term) => `"${term}"`).join(' ');
  const from = `FROM ${FTS_TABLE} JOIN ${ENTRIES_TABLE} e ON e.id = ${FTS_TABLE}.rowid
    WHERE ${FTS_TABLE} MATCH ? AND e.locale = ? AND e.type IN (${placeholders(params.types)})`;
  const filters = [match, params.locale, ...params.types];
  const rows = (await db.raw(
    `SELECT e.type, e.document_id, e.slug, e.title, e.locale, e.date,
       snippet(${FTS_TABLE}, 1, ?, ?, '…', ${SNIPPET_WORDS}) AS snippet
     ${from}
     ORDER BY bm25(${FTS_TABLE}, ${SQLITE_WEIGHTS}), e.date DESC, e.id
     LIMIT ? OFFSET ?`,
    [MARK_START, MARK_END, ...filters, params.pageSize, (params.page - 1) * params.pageSize],
  )) as Row[];
  const [count] = (await db.raw(`SELECT count(*) AS total ${from}`, filters)) as Array<{ total: number }>;
  return { rows, total: Number(count?.total ?? 0) };
}

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=${SNIPPET_WORDS + 6}, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * ts_headline parses its text as HTML and drops anything tag-like, so it gets the body
 * with & < > as entities (which it keeps verbatim); decodePostgresHeadline undoes that.
 */
const ESCAPED_BODY = `replace(replace(replace(page.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;

async function searchPostgres(db: Db, params: SearchParams, terms: string[]): Promise<Page> {
  const config = postgresConfigOf(params.locale);
  const tsquery = `plainto_tsquery(?::regconfig, ?)`;
  const text = terms.join(' ');
  const where = `WHERE e.document @@ ${tsquery} AND e.locale = ? AND e.type IN (${placeholders(params.types)})`;
  const filters = [config, text, params.locale, ...params.types];
  // Rank and page first; ts_headline (costly) only for the rows shown.
  const result = await db.raw(
    `SELECT page.type, page.document_id, page.slug, page.title, page.locale, page.date,
       ts_headline(page.config, ${ESCAPED_BODY}, ${tsquery}, ?) AS snippet
     FROM (
       SELECT e.id, e.type, e.document_id, e.slug, e.title, e.locale, e.date, e.body, e.config,
         ts_rank(e.document, ${tsquery}) AS rank
       FROM ${ENTRIES_TABLE} e
       ${where}
       ORDER BY rank DESC, e.date DESC NULLS LAST, e.id
       LIMIT ? OFFSET ?
     ) page
     ORDER BY page.rank DESC, page.date DESC NULLS LAST, page.id`,
    [config, text, HEADLINE_OPTIONS, config, text, ...filters, params.pageSize, (params.page - 1) * params.pageSize],
  );
  const count = await db.raw(`SELECT count(*) AS total FROM ${ENTRIES_TABLE} e ${where}`, filters);
  const rows = (result.rows as Row[]).map((row) => ({ ...row, snippet: decodePostgresHeadline(row.snippet ?? '') }));
  return { rows, total: Number(count.rows[0]?.total ?? 0) };
}

/** Ranked, paginated search over the published entries of one locale. */
export async function search(strapi: Core.Strapi, params: SearchParams): Promise<SearchResponse> {
  const terms = queryTerms(params.q);
  const db = strapi.db.connection;
  const { rows, total } = terms.length === 0
    ? { rows: [], total: 0 }
    : dialectOf(strapi) === 'sqlite'
      ? await searchSqlite(db, params, terms)
      : await searchPostgres(db, params, terms);
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
