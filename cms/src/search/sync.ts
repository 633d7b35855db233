import type { Core } from '@strapi/strapi';
import { NAME_SOURCES, SEARCH_TYPES, SEARCH_TYPE_NAMES, searchTypeOf, type NameSource, type SearchType } from './documents';
import { reindexDocument } from './indexer';
import { useDocumentMiddleware } from '../utils/document-middleware';

/** Document service actions that can change what is published. */
const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

function documentIdOf(params: unknown, result: unknown): string | undefined {
  for (const source of [params, result]) {
    const documentId = (source as { documentId?: unknown } | null | undefined)?.documentId;
    if (typeof documentId === 'string' && documentId) return documentId;
  }
  return undefined;
}

/** An indexed document: its search type and documentId, as one string (for a Set). */
type DocumentKey = `${SearchType} ${string}`;

/** { sections: { entries: { newsItem: { documentId } } } } for the path sections.entries.newsItem. */
function filterThrough(path: readonly string[], documentId: string): Record<string, unknown> {
  return path.reduceRight<Record<string, unknown>>((inner, key) => ({ [key]: inner }), { documentId });
}

/** The entries whose rows include a name of `uid`'s document `documentId` (documents.ts NAME_SOURCES). */
async function dependentsOf(strapi: Core.Strapi, uid: string, documentId: string): Promise<DocumentKey[]> {
  const found: DocumentKey[] = [];
  for (const type of SEARCH_TYPE_NAMES) {
    const sources = NAME_SOURCES[type].filter((source: NameSource) => source.target === uid);
    if (sources.length === 0) continue;
    const documents = strapi.documents(SEARCH_TYPES[type]) as unknown as {
      findMany(params: Record<string, unknown>): Promise<Array<{ documentId: string }>>;
    };
    const entries = await documents.findMany({
      status: 'published',
      locale: '*',
      fields: ['documentId'],
      filters: { $or: sources.map((source) => filterThrough(source.path, documentId)) },
    });
    for (const entry of entries) found.push(`${type} ${entry.documentId}`);
  }
  return found;
}

const REFERENCED_TYPES = new Set(SEARCH_TYPE_NAMES.flatMap((type) => NAME_SOURCES[type].map((source) => source.target)));

/**
 * Keeps the search index in step with published content: after any write to an
 * editorial document, its rows are derived again from its published versions, and so are
 * the rows of entries that show its name (a vacancy its employer's, a brief its items'
 * titles), in the same transaction as the write when there is one (so both happen or
 * neither does). Dependents are looked up before the write too: after a delete, nothing
 * points at the deleted document any more. Call from register().
 */
export function registerSearchSync(strapi: Core.Strapi): void {
  useDocumentMiddleware(strapi, async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action)) return next();
    const type = searchTypeOf(context.uid);
    const referenced = REFERENCED_TYPES.has(context.uid);
    if (!type && !referenced) return next();

    const before = documentIdOf(context.params, undefined);
    const dependents = new Set(referenced && before ? await dependentsOf(strapi, context.uid, before) : []);
    const result = await next();
    const documentId = documentIdOf(context.params, result);
    if (!documentId) return result;
    if (referenced) for (const key of await dependentsOf(strapi, context.uid, documentId)) dependents.add(key);
    if (type) dependents.add(`${type} ${documentId}`);

    await strapi.db.transaction(async ({ trx }) => {
      for (const key of dependents) {
        const [dependentType, dependentId] = key.split(' ') as [SearchType, string];
        await reindexDocument(strapi, trx, dependentType, dependentId);
      }
    });
    return result;
  });
}
