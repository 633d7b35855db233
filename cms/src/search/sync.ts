import type { Core } from '@strapi/strapi';
import { searchTypeOf } from './documents';
import { reindexDocument } from './indexer';

/** Document service actions that can change what is published. */
const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

function documentIdOf(params: unknown, result: unknown): string | undefined {
  for (const source of [params, result]) {
    const documentId = (source as { documentId?: unknown } | null | undefined)?.documentId;
    if (typeof documentId === 'string' && documentId) return documentId;
  }
  return undefined;
}

/**
 * Keeps the search index in step with published content: after any write to an
 * editorial document, its rows are derived again from its published versions, in the
 * same transaction as the write when there is one (so both happen or neither does).
 * Call from register().
 */
export function registerSearchSync(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    const type = searchTypeOf(context.uid);
    if (!type || !WRITE_ACTIONS.has(context.action)) return result;
    const documentId = documentIdOf(context.params, result);
    if (!documentId) return result;
    await strapi.db.transaction(({ trx }) => reindexDocument(strapi, trx, type, documentId));
    return result;
  });
}
