import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Actor } from '../api/audit-entry/services/audit-entry';
import { EDITORIAL_CONTENT_TYPES, type EditorialContentType } from '../content-types';
import { runAsActor } from '../audit/actor-context';
import { recordAudit } from '../audit/record';
import { entryLabel } from '../utils/document-middleware';
import { vacancyCutoffDate } from './dates';

/**
 * The scheduler's jobs. The schedule lives in the entries themselves (publishAt /
 * unpublishAt on the draft row of each locale), so it survives restarts and a CMS
 * that was down catches up on its next tick. Each job runs in one database
 * transaction that first *claims* it with a compare-and-set write (clear the field
 * only if it is still due), then acts and writes the audit entry: either all of it
 * happens or none, and a job claimed once is never claimed again.
 */

export const SCHEDULER_ACTOR: Actor = { kind: 'scheduler', email: 'scheduler' };

const VACANCY: EditorialContentType = 'api::vacancy.vacancy';

interface DueRow {
  id: number;
  documentId: string;
  locale: string | null;
  title?: string;
  personName?: string;
  publishAt?: string | null;
  unpublishAt?: string | null;
  closingDate?: string | null;
}

export interface TickResult {
  published: number;
  unpublished: number;
  expired: number;
  failed: number;
}

/** Rules (validation) refusing a publish are final; anything else (database down) is retried next tick. */
function isRefusal(error: unknown): boolean {
  return error instanceof errors.ApplicationError;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function titleFields(strapi: Core.Strapi, uid: EditorialContentType): string[] {
  const attributes = strapi.getModel(uid).attributes;
  return ['title', 'personName'].filter((name) => name in attributes);
}

async function dueRows(
  strapi: Core.Strapi,
  uid: EditorialContentType,
  where: Record<string, unknown>,
  extraFields: string[],
): Promise<DueRow[]> {
  return (await strapi.db.query(uid).findMany({
    where,
    select: ['id', 'documentId', 'locale', ...titleFields(strapi, uid), ...extraFields],
    orderBy: { id: 'asc' },
  })) as DueRow[];
}

/** Gives up on a job the rules refuse: clears it (if still due) and says why in the audit log. */
async function abandonJob(
  strapi: Core.Strapi,
  uid: EditorialContentType,
  row: DueRow,
  field: 'publishAt' | 'unpublishAt',
  now: Date,
  error: unknown,
): Promise<void> {
  await strapi.db.transaction(async () => {
    const claim = await strapi.db.query(uid).updateMany({
      where: { id: row.id, [field]: { $lte: now } },
      data: { [field]: null },
    });
    if (claim.count !== 1) return;
    await recordAudit(strapi, {
      action: field === 'publishAt' ? 'scheduled-publish-failed' : 'scheduled-unpublish-failed',
      contentType: uid,
      documentId: row.documentId,
      locale: row.locale,
      entryTitle: entryLabel(row),
      actor: SCHEDULER_ACTOR,
      details: { scheduledFor: row[field] ?? null, reason: describe(error) },
    });
  });
}

/** Runs one claimed job; returns whether it did anything. Refusals are logged and dropped. */
async function runJob(
  strapi: Core.Strapi,
  uid: EditorialContentType,
  row: DueRow,
  field: 'publishAt' | 'unpublishAt',
  now: Date,
  job: () => Promise<boolean>,
): Promise<'done' | 'skipped' | 'failed'> {
  try {
    const done = await runAsActor(SCHEDULER_ACTOR, () => strapi.db.transaction(job));
    return done ? 'done' : 'skipped';
  } catch (error) {
    strapi.log.warn(`[scheduler] ${field} job for ${uid} ${row.documentId} (${row.locale ?? '-'}) failed: ${describe(error)}`);
    if (isRefusal(error)) {
      await runAsActor(SCHEDULER_ACTOR, () => abandonJob(strapi, uid, row, field, now, error));
    }
    return 'failed';
  }
}

async function publishDue(strapi: Core.Strapi, uid: EditorialContentType, now: Date, result: TickResult): Promise<void> {
  const rows = await dueRows(strapi, uid, { publishedAt: null, publishAt: { $notNull: true, $lte: now } }, ['publishAt']);
  for (const row of rows) {
    const outcome = await runJob(strapi, uid, row, 'publishAt', now, async () => {
      const claim = await strapi.db.query(uid).updateMany({
        where: { id: row.id, publishedAt: null, publishAt: { $lte: now } },
        data: { publishAt: null },
      });
      if (claim.count !== 1) return false;
      await strapi.documents(uid).publish({ documentId: row.documentId, locale: row.locale ?? undefined });
      await recordAudit(strapi, {
        action: 'scheduled-publish',
        contentType: uid,
        documentId: row.documentId,
        locale: row.locale,
        entryTitle: entryLabel(row),
        actor: SCHEDULER_ACTOR,
        details: { scheduledFor: row.publishAt ?? null },
      });
      return true;
    });
    if (outcome === 'done') result.published += 1;
    if (outcome === 'failed') result.failed += 1;
  }
}

async function unpublishDue(strapi: Core.Strapi, uid: EditorialContentType, now: Date, result: TickResult): Promise<void> {
  const rows = await dueRows(strapi, uid, { publishedAt: null, unpublishAt: { $notNull: true, $lte: now } }, ['unpublishAt']);
  for (const row of rows) {
    const outcome = await runJob(strapi, uid, row, 'unpublishAt', now, async () => {
      const claim = await strapi.db.query(uid).updateMany({
        where: { id: row.id, publishedAt: null, unpublishAt: { $lte: now } },
        data: { unpublishAt: null },
      });
      if (claim.count !== 1) return false;
      // The published copy carries the same value; clear it too so nothing looks pending.
      await strapi.db.query(uid).updateMany({
        where: { documentId: row.documentId, locale: row.locale, publishedAt: { $notNull: true } },
        data: { unpublishAt: null },
      });
      const { entries } = await strapi.documents(uid).unpublish({ documentId: row.documentId, locale: row.locale ?? undefined });
      if (entries.length === 0) return true; // Nothing was published: the job is done, nothing to record.
      await recordAudit(strapi, {
        action: 'scheduled-unpublish',
        contentType: uid,
        documentId: row.documentId,
        locale: row.locale,
        entryTitle: entryLabel(row),
        actor: SCHEDULER_ACTOR,
        details: { scheduledFor: row.unpublishAt ?? null },
      });
      return true;
    });
    if (outcome === 'done') result.unpublished += 1;
    if (outcome === 'failed') result.failed += 1;
  }
}

async function expireVacancies(strapi: Core.Strapi, now: Date, graceDays: number, result: TickResult): Promise<void> {
  const cutoff = vacancyCutoffDate(now, graceDays);
  const rows = await dueRows(strapi, VACANCY, { publishedAt: { $notNull: true }, closingDate: { $notNull: true, $lt: cutoff } }, ['closingDate']);
  for (const row of rows) {
    const outcome = await runJob(strapi, VACANCY, row, 'unpublishAt', now, async () => {
      // Claim: a write on the published row itself, so a second runner waits and then finds it gone.
      const claim = await strapi.db.query(VACANCY).updateMany({
        where: { id: row.id, publishedAt: { $notNull: true } },
        data: { unpublishAt: null },
      });
      if (claim.count !== 1) return false;
      await strapi.documents(VACANCY).unpublish({ documentId: row.documentId, locale: row.locale ?? undefined });
      await recordAudit(strapi, {
        action: 'vacancy-expired-unpublish',
        contentType: VACANCY,
        documentId: row.documentId,
        locale: row.locale,
        entryTitle: entryLabel(row),
        actor: SCHEDULER_ACTOR,
        details: { closingDate: row.closingDate ?? null, graceDays },
      });
      return true;
    });
    if (outcome === 'done') result.expired += 1;
    if (outcome === 'failed') result.failed += 1;
  }
}

/** One pass over every editorial type: due publishes first, then due unpublishes, then closed vacancies. */
export async function runDueJobs(strapi: Core.Strapi, now: Date, vacancyGraceDays: number): Promise<TickResult> {
  const result: TickResult = { published: 0, unpublished: 0, expired: 0, failed: 0 };
  for (const uid of EDITORIAL_CONTENT_TYPES) await publishDue(strapi, uid, now, result);
  for (const uid of EDITORIAL_CONTENT_TYPES) await unpublishDue(strapi, uid, now, result);
  await expireVacancies(strapi, now, vacancyGraceDays, result);
  return result;
}
