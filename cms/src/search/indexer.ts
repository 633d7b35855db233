import type { Core } from '@strapi/strapi';
import { EXTRACTORS, SEARCH_TYPES, SEARCH_TYPE_NAMES, toIndexedEntry, type IndexedEntry, type SearchType } from './documents';
import { ENTRIES_TABLE, META_TABLE, dialectOf, ensureSearchSchema, postgresConfigOf, type Db, type Dialect } from './schema';

/**
 * Fills the search index from published content: one document at a time when an
 * editor changes it (sync.ts), everything at start when the index is out of date.
 */

/** Bump when what is indexed changes (documents.ts), so every start rebuilds once. */
const INDEX_VERSION = 1;
const FINGERPRINT_KEY = 'fingerprint';
const PAGE_SIZE = 100;
const INSERT_CHUNK = 100;

type Documents = {
  findMany(params: Record<string, unknown>): Promise<Array<Record<string, unknown>>>;
};

function documentsOf(strapi: Core.Strapi, type: SearchType): Documents {
  return strapi.documents(SEARCH_TYPES[type]) as unknown as Documents;
}

function toRow(entry: IndexedEntry, dialect: Dialect): Record<string, unknown> {
  const row: Record<string, unknown> = {
    type: entry.type,
    document_id: entry.documentId,
    locale: entry.locale,
    slug: entry.slug,
    title: entry.title,
    body: entry.body,
    date: entry.date,
  };
  if (dialect === 'postgres') row.config = postgresConfigOf(entry.locale);
  return row;
}

export async function insertEntries(db: Db, dialect: Dialect, entries: IndexedEntry[]): Promise<void> {
  for (let start = 0; start < entries.length; start += INSERT_CHUNK) {
    await db(ENTRIES_TABLE).insert(entries.slice(start, start + INSERT_CHUNK).map((entry) => toRow(entry, dialect)));
  }
}

/** Published versions of a type, every locale, a page at a time (documentId narrows to one document). */
async function publishedEntries(strapi: Core.Strapi, type: SearchType, page: number, documentId?: string): Promise<IndexedEntry[]> {
  const found = await documentsOf(strapi, type).findMany({
    status: 'published',
    locale: '*',
    populate: EXTRACTORS[type].populate,
    ...(documentId === undefined ? {} : { filters: { documentId } }),
    sort: ['id:asc'],
    start: page * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  return found.map((data) => toIndexedEntry(type, data));
}

async function indexAllOf(strapi: Core.Strapi, db: Db, dialect: Dialect, type: SearchType, documentId?: string): Promise<number> {
  let count = 0;
  for (let page = 0; ; page++) {
    const entries = await publishedEntries(strapi, type, page, documentId);
    await insertEntries(db, dialect, entries);
    count += entries.length;
    if (entries.length < PAGE_SIZE) return count;
  }
}

/**
 * What the index was built from: per type, how many published rows there are, the
 * latest change and the newest id. Any publish, unpublish or delete changes it.
 */
export async function contentFingerprint(strapi: Core.Strapi, db: Db): Promise<string> {
  const parts: unknown[] = [INDEX_VERSION];
  for (const type of SEARCH_TYPE_NAMES) {
    const { tableName } = strapi.db.metadata.get(SEARCH_TYPES[type]);
    const row = await db(tableName)
      .whereNotNull('published_at')
      .select(db.raw('count(*) as count, max(updated_at) as updated, max(id) as last'))
      .first();
    parts.push([type, Number(row?.count ?? 0), String(row?.updated ?? ''), Number(row?.last ?? 0)]);
  }
  return JSON.stringify(parts);
}

async function nothingPublished(strapi: Core.Strapi, db: Db): Promise<boolean> {
  for (const type of SEARCH_TYPE_NAMES) {
    const { tableName } = strapi.db.metadata.get(SEARCH_TYPES[type]);
    if (await db(tableName).whereNotNull('published_at').first('id')) return false;
  }
  return true;
}

async function storedFingerprint(db: Db): Promise<string | undefined> {
  const row = await db(META_TABLE).where({ key: FINGERPRINT_KEY }).first();
  return row?.value;
}

async function storeFingerprint(db: Db, value: string): Promise<void> {
  await db(META_TABLE).insert({ key: FINGERPRINT_KEY, value }).onConflict('key').merge();
}

/** Re-derives one document's rows (all its locales) from its published versions. */
export async function reindexDocument(strapi: Core.Strapi, db: Db, type: SearchType, documentId: string): Promise<void> {
  const dialect = dialectOf(strapi);
  await db(ENTRIES_TABLE).where({ type, document_id: documentId }).delete();
  await indexAllOf(strapi, db, dialect, type, documentId);
  await storeFingerprint(db, await contentFingerprint(strapi, db));
}

/** Empties the index and indexes every published entry again. */
export async function rebuildSearchIndex(strapi: Core.Strapi): Promise<number> {
  const dialect = dialectOf(strapi);
  return strapi.db.transaction(async ({ trx }) => {
    await trx(ENTRIES_TABLE).delete();
    let count = 0;
    for (const type of SEARCH_TYPE_NAMES) count += await indexAllOf(strapi, trx, dialect, type);
    await storeFingerprint(trx, await contentFingerprint(strapi, trx));
    return count;
  });
}

/** At start: create the index if missing, rebuild it if empty or out of date. */
export async function ensureSearchIndex(strapi: Core.Strapi): Promise<void> {
  const db = strapi.db.connection;
  await ensureSearchSchema(db, dialectOf(strapi));
  const current = await contentFingerprint(strapi, db);
  const indexEmpty = !(await db(ENTRIES_TABLE).first('id'));
  const contentEmpty = await nothingPublished(strapi, db);
  if ((await storedFingerprint(db)) === current && indexEmpty === contentEmpty) return;
  const started = Date.now();
  const count = await rebuildSearchIndex(strapi);
  strapi.log.info(`Search index rebuilt: ${count} published entries in ${Date.now() - started} ms.`);
}
