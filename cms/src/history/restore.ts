import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { recordAudit } from '../audit/record';
import { latestRevision, runAsRestore, type Revision } from './revisions';
import { toWriteData } from './snapshot';

/** The schedule is today's decision, not part of an old version: a restore never reschedules. */
const NOT_RESTORED = new Set(['publishAt', 'unpublishAt']);

/**
 * Writes a revision's fields back as the entry's draft (same locale). The write is
 * itself recorded as a new revision, so the state it replaced stays in the history.
 */
export async function restoreRevision(strapi: Core.Strapi, revision: Revision): Promise<Revision> {
  const { subjectType: uid, subjectDocumentId: documentId } = revision;
  const locale = revision.subjectLocale ?? undefined;
  if (revision.action === 'delete') {
    throw new errors.ValidationError(`Revision ${revision.id} is a deletion; restore the entry from Deleted entries (POST /blmk/deleted-entries/${revision.id}/restore).`);
  }
  const exists = await strapi.db.query(uid).findOne({ where: { documentId }, select: ['id'] });
  if (!exists) {
    throw new errors.NotFoundError(`The entry ${documentId} of revision ${revision.id} no longer exists; nothing to restore into.`);
  }
  const data = toWriteData(strapi, uid, revision.snapshot, NOT_RESTORED);
  await runAsRestore(revision.id, () => strapi.documents(uid).update({ documentId, locale, data } as never));
  await recordAudit(strapi, {
    action: 'revision-restore',
    contentType: uid,
    documentId,
    locale: revision.subjectLocale,
    details: { revisionId: revision.id },
  });
  const restored = await latestRevision(strapi, { uid, documentId, locale: revision.subjectLocale ?? '' });
  if (!restored || restored.restoredFrom !== revision.id) {
    throw new errors.ApplicationError(`Restoring revision ${revision.id} did not record a new revision.`);
  }
  return restored;
}
