import { createHash } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { CONTENT_TYPES, LOCALES } from '@blmk/shared-types';
import type { TestDatabase } from './databases.ts';

/**
 * What a CMS holds, in a form two databases can be compared by: rows per table, and a
 * hash of every published document as the public API returns it. Ids and timestamps
 * that a restore legitimately renumbers (`id`, `createdAt`, `updatedAt`) are left out;
 * everything else, documentId, relations and media URLs included, must be equal.
 */
export interface ContentDigest {
  /** Rows per table (every locale, drafts and published versions). */
  rows: Record<string, number>;
  /** `<type>/<locale>` to the number of published documents and the hash of them all. */
  documents: Record<string, { count: number; hash: string }>;
}

const RENUMBERED = new Set(['id', 'createdAt', 'updatedAt']);

/** The value without the renumbered keys, objects' keys sorted, at any depth. */
export function stableForm(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stableForm);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !RENUMBERED.has(key))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, stableForm(inner)]),
    );
  }
  return value;
}

/** Tables of the content types, and the media library's. */
const TABLES = ['briefs', 'events', 'leadership_updates', 'news_items', 'organisations', 'people', 'priorities', 'vacancies', 'revisions', 'subscribers', 'files'];

async function countRows(database: TestDatabase): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  if (database.kind === 'sqlite') {
    const db = new DatabaseSync(database.env.DATABASE_FILENAME ?? '', { readOnly: true });
    try {
      for (const table of TABLES) rows[table] = Number((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
    } finally {
      db.close();
    }
    return rows;
  }
  const client = new pg.Client({ connectionString: database.env.DATABASE_URL });
  await client.connect();
  try {
    for (const table of TABLES) rows[table] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);
  } finally {
    await client.end();
  }
  return rows;
}

interface ListPage {
  data: Array<{ documentId: string }>;
  meta: { pagination: { pageCount: number } };
}

/** Every published document of a type in a locale, through the public REST API. */
async function publishedDocuments(cmsUrl: string, pluralName: string, locale: string): Promise<Array<{ documentId: string }>> {
  const documents: Array<{ documentId: string }> = [];
  for (let page = 1; ; page++) {
    const response = await fetch(`${cmsUrl}/api/${pluralName}?locale=${locale}&pagination[page]=${page}&pagination[pageSize]=100`);
    if (response.status !== 200) throw new Error(`/api/${pluralName} answered ${response.status}: ${await response.text()}`);
    const body = (await response.json()) as ListPage;
    documents.push(...body.data);
    if (page >= body.meta.pagination.pageCount) break;
  }
  return documents.sort((a, b) => a.documentId.localeCompare(b.documentId));
}

/** The public types: those a reader can list (the rest are the CMS's own records). */
const PUBLIC_TYPES = ['brief', 'event', 'leadership-update', 'news-item', 'organisation', 'person', 'priority', 'vacancy'] as const;

export async function contentDigest(cmsUrl: string, database: TestDatabase): Promise<ContentDigest> {
  const documents: ContentDigest['documents'] = {};
  for (const type of PUBLIC_TYPES) {
    for (const locale of LOCALES) {
      const found = await publishedDocuments(cmsUrl, CONTENT_TYPES[type].pluralName, locale);
      const hash = createHash('sha256').update(JSON.stringify(stableForm(found))).digest('hex');
      documents[`${type}/${locale}`] = { count: found.length, hash };
    }
  }
  return { rows: await countRows(database), documents };
}
