import type { Core } from '@strapi/strapi';

/**
 * The search index's own tables. Strapi has no full-text API, so they are plain SQL
 * beside Strapi's tables (Strapi leaves tables it did not create alone):
 * - `blmk_search_entries`: one row per published entry and locale (what a result shows);
 * - SQLite: `blmk_search_fts`, an FTS5 index over its title and body, and its locale and
 *   type so that filtering and counting happen inside the index too (external content,
 *   kept in step by triggers, so deleting one document's rows uses the rowid, not a scan);
 * - PostgreSQL: a generated, weighted `tsvector` column with a GIN index, a small one of the
 *   title alone (title hits are found without reading the large one), and btrees by locale
 *   (and type) and date: a common word's most recent matches are read in order, and the
 *   scan stops after enough of them (query.ts);
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
    title, body, locale, type, content='${ENTRIES_TABLE}', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
  )`,
  `CREATE TRIGGER IF NOT EXISTS ${ENTRIES_TABLE}_ai AFTER INSERT ON ${ENTRIES_TABLE} BEGIN
    INSERT INTO ${FTS_TABLE}(rowid, title, body, locale, type) VALUES (new.id, new.title, new.body, new.locale, new.type);
  END`,
  `CREATE TRIGGER IF NOT EXISTS ${ENTRIES_TABLE}_ad AFTER DELETE ON ${ENTRIES_TABLE} BEGIN
    INSERT INTO ${FTS_TABLE}(${FTS_TABLE}, rowid, title, body, locale, type)
      VALUES ('delete', old.id, old.title, old.body, old.locale, old.type);
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
    ) STORED,
    title_document TSVECTOR GENERATED ALWAYS AS (setweight(to_tsvector(config, title), 'A')) STORED
  )`,
  `CREATE INDEX IF NOT EXISTS ${ENTRIES_TABLE}_document ON ${ENTRIES_TABLE} (type, document_id)`,
  `CREATE INDEX IF NOT EXISTS ${ENTRIES_TABLE}_search ON ${ENTRIES_TABLE} USING GIN (document)`,
  `CREATE INDEX IF NOT EXISTS ${ENTRIES_TABLE}_title_search ON ${ENTRIES_TABLE} USING GIN (title_document)`,
  // The order of query.ts's candidates (date DESC NULLS LAST, id DESC) in a locale, and in a locale and type.
  `CREATE INDEX IF NOT EXISTS ${ENTRIES_TABLE}_recent ON ${ENTRIES_TABLE} (locale, date DESC NULLS LAST, id DESC)`,
  `CREATE INDEX IF NOT EXISTS ${ENTRIES_TABLE}_recent_type ON ${ENTRIES_TABLE} (locale, type, date DESC NULLS LAST, id DESC)`,
  `CREATE TABLE IF NOT EXISTS ${META_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
];

/** Bump when a table above changes: the index is dropped, created anew and rebuilt. */
const SCHEMA_VERSION = '4';
const SCHEMA_KEY = 'schema';

const DROP_SCHEMA = {
  sqlite: [`DROP TABLE IF EXISTS ${FTS_TABLE}`, `DROP TABLE IF EXISTS ${ENTRIES_TABLE}`, `DROP TABLE IF EXISTS ${META_TABLE}`],
  postgres: [`DROP TABLE IF EXISTS ${ENTRIES_TABLE}`, `DROP TABLE IF EXISTS ${META_TABLE}`],
};

async function storedSchemaVersion(db: Db): Promise<string | undefined> {
  if (!(await db.schema.hasTable(META_TABLE))) return undefined;
  const row = await db(META_TABLE).where({ key: SCHEMA_KEY }).first();
  return row?.value;
}

/** Creates whatever of the index is missing (or all of it, when its layout changed); safe at every start. */
export async function ensureSearchSchema(db: Db, dialect: Dialect): Promise<void> {
  if ((await storedSchemaVersion(db)) !== SCHEMA_VERSION) {
    // Triggers go with their table.
    for (const statement of DROP_SCHEMA[dialect]) await db.raw(statement);
  }
  for (const statement of dialect === 'sqlite' ? SQLITE_SCHEMA : POSTGRES_SCHEMA) {
    await db.raw(statement);
  }
  await db(META_TABLE).insert({ key: SCHEMA_KEY, value: SCHEMA_VERSION }).onConflict('key').merge();
}

/** PostgreSQL text search configuration per site locale; 'simple' where it has no stemmer. */
const POSTGRES_CONFIGS: Record<string, string> = { en: 'english', ro: 'romanian' };

export function postgresConfigOf(locale: string): string {
  return POSTGRES_CONFIGS[locale] ?? 'simple';
}
