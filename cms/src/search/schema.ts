import type { Core } from '@strapi/strapi';

/**
 * The search index's own tables. Strapi has no full-text API, so they are plain SQL
 * beside Strapi's tables (Strapi leaves tables it did not create alone):
 * - `blmk_search_entries`: one row per published entry and locale (what a result shows);
 * - SQLite: `blmk_search_fts`, an FTS5 index over its title and body (external content,
 *   kept in step by triggers, so deleting one document's rows uses the rowid, not a scan);
 * - PostgreSQL: a generated, weighted `tsvector` column with a GIN index;
 * - `blmk_search_meta`: what the index was built from, to rebuild it when out of date.
 */

export type Db = Core.Strapi['db']['connection'];
export type Dialect = 'sqlite' | 'postgres';

export const ENTRIES_TABLE = 'blmk_search_entries';
export const FTS_TABLE = 'blmk_search_fts';
export const META_TABLE = 'blmk_search_meta';

export function dialectOf(strapi: Core.Strapi): Dialect {
  const client = strapi.db.dialect.client;
  if (client === 'sqlite' || client === 'postgres') return client;
  throw new Error(`Search supports SQLite and PostgreSQL, not ${client}.`);
}

const SQLITE_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS ${ENTRIES_TABLE} (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    document_id TEXT NOT NULL,
    locale TEXT NOT NULL,
    slug TEXT,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    date TEXT
  )`,
  `CREATE INDEX IF NOT EXISTS ${ENTRIES_TABLE}_document ON ${ENTRIES_TABLE} (type, document_id)`,
  // Porter stemming over unicode61: "plans" finds "plan"; diacritics are ignored (Polish, Romanian).
  `CREATE VIRTUAL TABLE IF NOT EXISTS ${FTS_TABLE} USING fts5(
    title, body, content='${ENTRIES_TABLE}', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
  )`,
  `CREATE TRIGGER IF NOT EXISTS ${ENTRIES_TABLE}_ai AFTER INSERT ON ${ENTRIES_TABLE} BEGIN
    INSERT INTO ${FTS_TABLE}(rowid, title, body) VALUES (new.id, new.title, new.body);
  END`,
  `CREATE TRIGGER IF NOT EXISTS ${ENTRIES_TABLE}_ad AFTER DELETE ON ${ENTRIES_TABLE} BEGIN
    INSERT INTO ${FTS_TABLE}(${FTS_TABLE}, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  END`,
  `CREATE TABLE IF NOT EXISTS ${META_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
];

const POSTGRES_SCHEMA = [
  // config: the text search configuration of the entry's language (stemming, stop words).
  `CREATE TABLE IF NOT EXISTS ${ENTRIES_TABLE} (
    id BIGSERIAL PRIMARY KEY,
    type TEXT NOT NULL,
    document_id TEXT NOT NULL,
    locale TEXT NOT NULL,
    slug TEXT,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    date TEXT,
    config REGCONFIG NOT NULL,
    document TSVECTOR GENERATED ALWAYS AS (
      setweight(to_tsvector(config, title), 'A') || setweight(to_tsvector(config, body), 'D')
    ) STORED
  )`,
  `CREATE INDEX IF NOT EXISTS ${ENTRIES_TABLE}_document ON ${ENTRIES_TABLE} (type, document_id)`,
  `CREATE INDEX IF NOT EXISTS ${ENTRIES_TABLE}_search ON ${ENTRIES_TABLE} USING GIN (document)`,
  `CREATE TABLE IF NOT EXISTS ${META_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
];

/** Creates whatever of the index is missing; safe at every start. */
export async function ensureSearchSchema(db: Db, dialect: Dialect): Promise<void> {
  for (const statement of dialect === 'sqlite' ? SQLITE_SCHEMA : POSTGRES_SCHEMA) {
    await db.raw(statement);
  }
}

/** PostgreSQL text search configuration per site locale; 'simple' where it has no stemmer. */
const POSTGRES_CONFIGS: Record<string, string> = { en: 'english', ro: 'romanian' };

export function postgresConfigOf(locale: string): string {
  return POSTGRES_CONFIGS[locale] ?? 'simple';
}
