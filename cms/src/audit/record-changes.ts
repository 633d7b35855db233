import type { Core, UID } from '@strapi/strapi';
import { isSeedImport } from '../utils/seed-import';
import { entryLabel, singleLocale, useDocumentMiddleware, type DocumentCall } from '../utils/document-middleware';

/** Document Service actions the audit log keeps, by the verb it records. */
const AUDITED_ACTIONS: Record<string, string> = {
  publish: 'publish',
  unpublish: 'unpublish',
  delete: 'delete',
};

const isAudited = (call: DocumentCall): boolean =>
  call.uid.startsWith('api::') && call.uid !== 'api::audit-entry.audit-entry' && call.action in AUDITED_ACTIONS;

async function labelBefore(strapi: Core.Strapi, call: DocumentCall): Promise<string | undefined> {
  const locale = singleLocale(call);
  const entry = await strapi.db.query(call.uid as UID.ContentType).findOne({
    where: { documentId: call.params.documentId, ...(locale ? { locale } : {}) },
  });
  return entryLabel(entry);
}

function labelAfter(result: unknown): string | undefined {
  const entries = (result as { entries?: Array<Record<string, unknown>> } | null)?.entries;
  return entryLabel(entries?.[0]);
}

/**
 * Records who published, unpublished or deleted what, whoever called the Document
 * Service: the admin (the user of the request), the scheduler or a script ('system').
 * The seed import is not recorded: it is not an editorial act.
 */
export function registerAuditOfChanges(strapi: Core.Strapi): void {
  useDocumentMiddleware(strapi, async (call, next) => {
    if (!isAudited(call) || isSeedImport()) return next();
    const before = call.action === 'delete' ? await labelBefore(strapi, call) : undefined;
    const result = await next();
    await strapi.service('api::audit-entry.audit-entry').record({
      action: AUDITED_ACTIONS[call.action],
      contentType: call.uid,
      documentId: call.params.documentId,
      locale: typeof call.params.locale === 'string' ? call.params.locale : null,
      entryTitle: before ?? labelAfter(result) ?? null,
    });
    return result;
  });
}
