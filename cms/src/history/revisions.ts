import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import type { EditorialContentType } from '../content-types';
import { currentActor } from '../audit/actor-context';
import { diffSnapshots } from './diff';
import { snapshotPopulate, toSnapshot, type Snapshot } from './snapshot';

export type RevisionAction = 'create' | 'update' | 'publish' | 'restore' | 'baseline' | 'unpublish' | 'discard' | 'delete';
export type RevisionStatus = 'draft' | 'published';

export interface Revision {
  id: number;
  subjectType: EditorialContentType;
  subjectDocumentId: string;
  subjectLocale: string | null;
  action: RevisionAction;
  status: RevisionStatus;
  authorKind: string;
  authorId: number | null;
  authorEmail: string | null;
  restoredFrom: number | null;
  /** Shared by the revisions one action wrote for several locales (a delete of every language). */
  batchId: string | null;
  changedFields: string[] | null;
  snapshot: Snapshot;
  savedAt: string;
}

/** A revision without its snapshot, for lists. */
export type RevisionSummary = Omit<Revision, 'snapshot'>;

const REVISION = 'api::revision.revision';

export const SUMMARY_FIELDS = [
  'subjectType',
  'subjectDocumentId',
  'subjectLocale',
  'action',
  'status',
  'authorKind',
  'authorId',
  'authorEmail',
  'restoredFrom',
  'batchId',
  'changedFields',
  'savedAt',
] as const;

/** Set while a restore writes a revision back, so the write is recorded as a restore. */
const restoring = new AsyncLocalStorage<{ revisionId: number }>();

export function runAsRestore<T>(revisionId: number, work: () => Promise<T>): Promise<T> {
  return restoring.run({ revisionId }, work);
}

export interface Subject {
  uid: EditorialContentType;
  documentId: string;
  locale: string;
}

/** The entry as it is now, fully populated, or null when that version does not exist. */
export async function loadEntry(strapi: Core.Strapi, subject: Subject, status: RevisionStatus): Promise<Record<string, unknown> | null> {
  const entry = await strapi.documents(subject.uid).findOne({
    documentId: subject.documentId,
    locale: subject.locale,
    status,
    populate: snapshotPopulate(strapi, subject.uid),
  } as never);
  return (entry as Record<string, unknown> | null) ?? null;
}

export async function latestRevision(strapi: Core.Strapi, subject: Subject): Promise<Revision | null> {
  const row = await strapi.db.query(REVISION).findOne({
    where: { subjectType: subject.uid, subjectDocumentId: subject.documentId, subjectLocale: subject.locale },
    orderBy: { id: 'desc' },
  });
  return (row as Revision | null) ?? null;
}

/**
 * Saves the entry's current state as a revision. An update that changed nothing
 * since the last revision adds none (the content manager saves before publishing).
 */
export async function recordRevision(strapi: Core.Strapi, subject: Subject, action: RevisionAction, status: RevisionStatus): Promise<void> {
  const entry = await loadEntry(strapi, subject, status);
  if (entry) await saveRevision(strapi, subject, action, status, entry);
}

/**
 * Saves a given state of the entry as a revision: the current one, or one loaded just
 * before an unpublish, discard or delete took it away.
 */
export async function saveRevision(
  strapi: Core.Strapi,
  subject: Subject,
  action: RevisionAction,
  status: RevisionStatus,
  entry: Record<string, unknown>,
  batchId?: string,
): Promise<void> {
  const snapshot = toSnapshot(strapi, subject.uid, entry);
  const previous = await latestRevision(strapi, subject);
  const changedFields = diffSnapshots(previous?.snapshot ?? null, snapshot).map((change) => change.field);
  const restore = restoring.getStore();
  const finalAction: RevisionAction = restore ? 'restore' : action;
  if (finalAction === 'update' && previous && changedFields.length === 0) return;
  const actor = currentActor(strapi);
  await strapi.db.query(REVISION).create({
    data: {
      subjectType: subject.uid,
      subjectDocumentId: subject.documentId,
      subjectLocale: subject.locale,
      action: finalAction,
      status,
      authorKind: actor.kind,
      authorId: actor.id ?? null,
      authorEmail: actor.email ?? null,
      restoredFrom: restore?.revisionId ?? null,
      batchId: batchId ?? null,
      changedFields: previous ? changedFields : null,
      snapshot,
      savedAt: new Date(),
    },
  });
}

/** Before the first recorded change to an entry made before history existed, keep what it was. */
export async function ensureBaseline(strapi: Core.Strapi, subject: Subject): Promise<void> {
  if (await latestRevision(strapi, subject)) return;
  await recordRevision(strapi, subject, 'baseline', 'draft');
}
