import type { Core } from '@strapi/strapi';
import { callLocale, useEditorialMiddleware } from '../utils/document-middleware';
import { withRemovalRevisions, isRemoval } from './removals';
import { ensureBaseline, recordRevision } from './revisions';

interface WrittenEntry {
  documentId?: string;
  locale?: string | null;
}

/**
 * Keeps a revision after every create, update and publish of an editorial entry,
 * and of what every unpublish, discard and delete takes away, whoever makes it
 * (admin, scheduler, restore, seed import).
 */
export function registerRevisionMiddleware(strapi: Core.Strapi): void {
  useEditorialMiddleware(strapi, async (call, next) => {
    if (isRemoval(call.action)) return withRemovalRevisions(strapi, call, next);
    if (call.action !== 'create' && call.action !== 'update' && call.action !== 'publish') return next();
    const locale = await callLocale(strapi, call);
    if (call.action === 'update' && call.params.documentId) {
      await ensureBaseline(strapi, { uid: call.uid, documentId: call.params.documentId, locale });
    }
    const result = await next();
    if (call.action === 'publish') {
      const { documentId, entries } = (result ?? {}) as { documentId?: string; entries?: WrittenEntry[] };
      for (const entry of entries ?? []) {
        const subject = { uid: call.uid, documentId: documentId ?? '', locale: entry.locale ?? locale };
        await recordRevision(strapi, subject, 'publish', 'published');
      }
      return result;
    }
    const written = result as WrittenEntry | null;
    if (written?.documentId) {
      await recordRevision(strapi, { uid: call.uid, documentId: written.documentId, locale: written.locale ?? locale }, call.action, 'draft');
    }
    return result;
  });
}
