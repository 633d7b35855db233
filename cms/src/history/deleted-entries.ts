import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { recordAudit } from '../audit/record';
import type { EditorialContentType } from '../content-types';
import { entryLabel } from '../utils/document-middleware';
import { keepExistingReferences, type MissingReference } from './references';
import { runAsRestore, SUMMARY_FIELDS, type Revision } from './revisions';
import { toWriteData } from './snapshot';

const REVISION = 'api::revision.revision';

/** The schedule is today's decision: a restored entry comes back unscheduled, as a draft. */
const NOT_RESTORED = new Set(['publishAt', 'unpublishAt']);

/** One delete (of one or every locale of an entry), as the Deleted entries view lists it. */
export interface DeletedEntry {
  /** The revision to restore it by: the first of the delete's revisions. */
  id: number;
  contentType: EditorialContentType;
  documentId: string;
  title: string | null;
  locales: string[];
  deletedBy: { kind: string; email: string | null };
  deletedAt: string;
}

export interface RestoreReport {
  contentType: EditorialContentType;
  documentId: string;
  /** Locales brought back, each as a draft (never published by a restore). */
  restoredLocales: string[];
  status: 'draft';
  /** Relations and files left out because what they pointed to no longer exists. */
  notRestored: MissingReference[];
}

type DeleteRow = Omit<Revision, 'snapshot'> & { snapshot?: Revision['snapshot'] };

/** The revisions of one delete: the batch, or the revision alone (a delete of one locale). */
async function deletionOf(strapi: Core.Strapi, revision: DeleteRow): Promise<DeleteRow[]> {
  if (!revision.batchId) return [revision];
  return (await strapi.db.query(REVISION).findMany({ where: { action: 'delete', batchId: revision.batchId }, orderBy: { id: 'asc' } })) as DeleteRow[];
}

/** The delete revisions some restore has already brought back. */
async function restoredIds(strapi: Core.Strapi, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = (await strapi.db.query(REVISION).findMany({ select: ['restoredFrom'], where: { action: 'restore', restoredFrom: { $in: ids } } })) as Array<{ restoredFrom: number }>;
  return new Set(rows.map((row) => row.restoredFrom));
}

/** Every delete not yet restored, newest first. Deletes are rare: the list is read whole. */
export async function listDeletedEntries(strapi: Core.Strapi): Promise<DeletedEntry[]> {
  const rows = (await strapi.db.query(REVISION).findMany({
    select: ['id', ...SUMMARY_FIELDS, 'snapshot'],
    where: { action: 'delete' },
    orderBy: { id: 'asc' },
  })) as DeleteRow[];
  const restored = await restoredIds(strapi, rows.map((row) => row.id));
  const groups = new Map<string, DeleteRow[]>();
  for (const row of rows) {
    const key = row.batchId ?? `revision-${row.id}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const entries: DeletedEntry[] = [];
  for (const group of groups.values()) {
    if (group.some((row) => restored.has(row.id))) continue;
    const [first] = group as [DeleteRow, ...DeleteRow[]];
    entries.push({
      id: first.id,
      contentType: first.subjectType,
      documentId: first.subjectDocumentId,
      title: group.map((row) => entryLabel(row.snapshot)).find(Boolean) ?? null,
      locales: group.map((row) => row.subjectLocale ?? ''),
      deletedBy: { kind: first.authorKind, email: first.authorEmail },
      deletedAt: first.savedAt,
    });
  }
  return entries.reverse();
}

/** Checks what the route was given: a delete revision that no restore has brought back yet. */
export async function deletionToRestore(strapi: Core.Strapi, id: number): Promise<Revision[]> {
  const revision = (await strapi.db.query(REVISION).findOne({ where: { id } })) as Revision | null;
  if (!revision) throw new errors.NotFoundError(`There is no revision ${id}.`);
  if (revision.action !== 'delete') {
    throw new errors.ValidationError(`Revision ${id} is a ${revision.action} revision, not a deletion; restore it from the entry's Revision history.`);
  }
  const deletion = (await deletionOf(strapi, revision)) as Revision[];
  if ((await restoredIds(strapi, deletion.map((row) => row.id))).size > 0) {
    throw new errors.ValidationError(`The entry deleted in revision ${id} has already been restored.`);
  }
  return deletion;
}

async function localeExists(strapi: Core.Strapi, uid: string, documentId: string, locale: string | null): Promise<boolean> {
  const where = { documentId, ...(locale ? { locale } : {}) };
  return Boolean(await strapi.db.query(uid as UID.ContentType).findOne({ where, select: ['id'] }));
}

/**
 * Brings a deleted entry back as a draft, with the same documentId, in every locale the
 * delete took, keeping the relations and files that still exist and reporting the
 * others. One transaction: a locale the rules refuse (its slug taken since) restores
 * nothing. Each locale's write is recorded as a 'restore' revision of its delete revision.
 */
export async function restoreDeletedEntry(strapi: Core.Strapi, deletion: Revision[]): Promise<RestoreReport> {
  const [first] = deletion as [Revision, ...Revision[]];
  const { subjectType: uid, subjectDocumentId: documentId } = first;
  const defaultLocale = (await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string;
  // The default locale first: other locales copy its non-localized fields.
  const ordered = [...deletion].sort((a, b) => Number(b.subjectLocale === defaultLocale) - Number(a.subjectLocale === defaultLocale));
  const notRestored: MissingReference[] = [];
  const restoredLocales: string[] = [];
  await strapi.db.transaction(async () => {
    for (const revision of ordered) {
      const locale = revision.subjectLocale || undefined;
      if (await localeExists(strapi, uid, documentId, revision.subjectLocale)) {
        throw new errors.ValidationError(`The ${locale ?? ''} version of this entry exists again; nothing was restored, to keep it.`);
      }
      const { snapshot, missing } = await keepExistingReferences(strapi, uid, revision.snapshot);
      notRestored.push(...missing.map((reference) => ({ ...reference, field: locale ? `${locale}: ${reference.field}` : reference.field })));
      const data = toWriteData(strapi, uid, snapshot, NOT_RESTORED);
      const documents = strapi.documents(uid);
      await runAsRestore(revision.id, async () => {
        if (await localeExists(strapi, uid, documentId, null)) await documents.update({ documentId, locale, data } as never);
        // Same documentId as before: the entry's revision history carries on.
        else await documents.create({ locale, data: { ...data, documentId } } as never);
      });
      restoredLocales.push(revision.subjectLocale ?? '');
    }
  });
  const report: RestoreReport = { contentType: uid, documentId, restoredLocales, status: 'draft', notRestored };
  await recordAudit(strapi, {
    action: 'deleted-entry-restore',
    contentType: uid,
    documentId,
    locale: restoredLocales.join(','),
    entryTitle: entryLabel(first.snapshot) ?? null,
    details: { revisionIds: deletion.map((row) => row.id), restoredLocales, notRestored: notRestored as never },
  });
  return report;
}
