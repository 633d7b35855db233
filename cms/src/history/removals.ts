import { randomUUID } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import type { EditorialContentType } from '../content-types';
import { callLocale, type DocumentCall } from '../utils/document-middleware';
import { loadEntry, saveRevision, type RevisionAction, type RevisionStatus, type Subject } from './revisions';

/**
 * What each removing action takes away, and so which version its revision keeps:
 * unpublish removes the published version, discard the draft, delete every version
 * (the draft is kept: it is the latest, and a restore brings content back as a draft).
 */
const REMOVALS: Record<string, { action: RevisionAction; status: RevisionStatus }> = {
  unpublish: { action: 'unpublish', status: 'published' },
  discardDraft: { action: 'discard', status: 'draft' },
  delete: { action: 'delete', status: 'draft' },
};

export const isRemoval = (action: string): boolean => action in REMOVALS;

/** The locales the call acts on that have the version it removes ('*' or a list: each that exists). */
async function localesOf(strapi: Core.Strapi, call: DocumentCall, status: RevisionStatus): Promise<string[]> {
  const { locale } = call.params;
  const named = typeof locale === 'string' && locale !== '*' ? [locale] : Array.isArray(locale) ? locale : null;
  const where: Record<string, unknown> = {
    documentId: call.params.documentId,
    publishedAt: status === 'published' ? { $notNull: true } : { $null: true },
  };
  if (named) where.locale = { $in: named };
  else if (locale !== '*') where.locale = await callLocale(strapi, call);
  const rows = (await strapi.db.query(call.uid as UID.ContentType).findMany({ where, select: ['locale'] })) as Array<{ locale: string | null }>;
  return [...new Set(rows.map((row) => row.locale ?? ''))];
}

/**
 * Keeps, as revisions, the versions an unpublish, discard or delete is about to take
 * away: loaded before the action, saved once it succeeded (a refused action keeps
 * nothing). A delete's revisions, one per locale, share a batch id: together they are
 * the deleted entry that can be restored.
 */
export async function withRemovalRevisions(
  strapi: Core.Strapi,
  call: DocumentCall & { uid: EditorialContentType },
  next: () => Promise<unknown>,
): Promise<unknown> {
  const removal = REMOVALS[call.action];
  const documentId = call.params.documentId;
  if (!removal || !documentId) return next();
  const kept: Array<{ subject: Subject; entry: Record<string, unknown> }> = [];
  for (const locale of await localesOf(strapi, call, removal.status)) {
    const subject = { uid: call.uid, documentId, locale };
    const entry = await loadEntry(strapi, subject, removal.status);
    if (entry) kept.push({ subject, entry });
  }
  const result = await next();
  const batchId = removal.action === 'delete' ? randomUUID() : undefined;
  for (const { subject, entry } of kept) await saveRevision(strapi, subject, removal.action, removal.status, entry, batchId);
  return result;
}
