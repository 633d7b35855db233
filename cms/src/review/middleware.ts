import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { recordAudit } from '../audit/record';
import { currentActor } from '../audit/actor-context';
import { isSeedImport } from '../utils/seed-import';
import { useEditorialMiddleware, type DocumentCall } from '../utils/document-middleware';
import type { EditorialContentType } from '../content-types';
import { ADMIN_ROLE_CODES } from '../admin-roles';
import { commsOfficers, readReview, requestPerson, type ReviewState } from './documents';
import { notifyScheduledPublishRefused } from './notify';
import { REVIEW_FIELDS, stageOf } from './stages';

/** Set while the review itself writes its fields (a move); every other write may not. */
const moving = new AsyncLocalStorage<true>();

export function asReviewMove<T>(work: () => Promise<T>): Promise<T> {
  return moving.run(true, work);
}

type EditorialCall = DocumentCall & { uid: EditorialContentType };

/**
 * The review fields change only through the moves (routes.ts). The admin's edit form
 * sends back whatever it loaded, so from an admin request they are dropped; anyone
 * else (the Content API, scripts) setting a different value is told so.
 */
async function guardReviewFields(strapi: Core.Strapi, call: EditorialCall): Promise<void> {
  const data = call.params.data;
  if (!data || !REVIEW_FIELDS.some((field) => field in data)) return;
  const fromAdmin = requestPerson(strapi) !== undefined;
  const current = call.action === 'update' && call.params.documentId ? await readReview(strapi, call.uid, call.params.documentId) : null;
  const stored: Record<string, unknown> = {
    reviewStage: current?.stage ?? 'Draft',
    reviewStageBy: current?.by ?? null,
    reviewStageAt: current?.at ?? null,
    reviewComment: current?.comment ?? null,
  };
  for (const field of REVIEW_FIELDS) {
    if (!(field in data)) continue;
    const sent = data[field] === '' || data[field] === undefined ? null : data[field];
    const same = field === 'reviewStageAt' && sent !== null ? new Date(String(sent)).toISOString() === stored[field] : sent === stored[field];
    if (!fromAdmin && !same) {
      throw new errors.ValidationError(`${field} is set by the review itself: use Submit for review, Approve or Request changes (POST /blmk/review/...).`, {
        errors: [{ path: [field], message: 'Set by the review moves only.', name: 'ValidationError' }],
      });
    }
    delete data[field];
  }
}

/**
 * A contributor editing approved content sends it back to Draft: what was approved
 * is no longer what would be published. Edits by comms officers keep the stage (they
 * are the approvers); an edit during "In review" keeps it too (the reviewer reads the current draft).
 */
async function resetOnContributorEdit(strapi: Core.Strapi, call: EditorialCall): Promise<(() => Promise<void>) | undefined> {
  const person = requestPerson(strapi);
  if (call.action !== 'update' || !call.params.documentId || person?.kind !== 'contributor') return undefined;
  const review = await readReview(strapi, call.uid, call.params.documentId);
  if (!review || review.stage !== 'Approved') return undefined;
  const fields = { reviewStage: 'Draft', reviewStageBy: person.email, reviewStageAt: new Date().toISOString() };
  Object.assign(call.params.data ?? (call.params.data = {}), fields);
  return async () => {
    // The stage is shared by every language: set it on each language's draft.
    await strapi.db.query(call.uid).updateMany({ where: { documentId: call.params.documentId, publishedAt: null }, data: fields });
    await recordAudit(strapi, {
      action: 'review-reset',
      contentType: call.uid,
      documentId: call.params.documentId,
      entryTitle: review.title,
      actor: currentActor(strapi),
      details: { from: 'Approved', to: 'Draft', reason: 'A contributor edited the approved draft.' },
    });
  };
}

/** A copy starts its own review. */
function resetClone(call: EditorialCall): void {
  call.params.data = { ...(call.params.data ?? {}), reviewStage: 'Draft', reviewStageBy: null, reviewStageAt: null, reviewComment: null };
}

/**
 * The scheduler drops a refused publish and audits it (scheduling/jobs.ts); the comms
 * officers are mailed too, as nobody is watching when it happens. The recipients are
 * read here, inside the scheduler's transaction; the mail goes after, without waiting.
 */
async function reportScheduledRefusal(strapi: Core.Strapi, review: ReviewState): Promise<void> {
  const officers = await commsOfficers(strapi, ADMIN_ROLE_CODES.commsOfficer);
  void notifyScheduledPublishRefused(strapi, review, officers, new Date());
}

/** Refuses publishing a document whose author's role needs a review it has not passed. */
async function assertMayPublish(strapi: Core.Strapi, call: EditorialCall): Promise<void> {
  if (!call.params.documentId) return;
  const review = await readReview(strapi, call.uid, call.params.documentId);
  if (!review || !review.reviewRequired || review.stage === 'Approved') return;
  if (currentActor(strapi).kind === 'scheduler') await reportScheduledRefusal(strapi, review);
  throw new errors.ValidationError(
    `"${review.title}" was written or edited by a contributor and is at the review stage "${stageOf(review.stage)}": ` +
      'a comms officer must approve it (Review panel: Approve) before it can be published.',
    { errors: [{ path: ['reviewStage'], message: 'Needs approval before publishing.', name: 'ValidationError' }] },
  );
}

/**
 * The review in the Document Service, so the admin, the Content API and the scheduler
 * all meet it. The seed import is exempt (historic content has no review).
 */
export function registerReviewMiddleware(strapi: Core.Strapi): void {
  useEditorialMiddleware(strapi, async (call, next) => {
    if (isSeedImport() || moving.getStore()) return next();
    if (call.action === 'publish') {
      await assertMayPublish(strapi, call);
      return next();
    }
    if (call.action === 'clone') resetClone(call);
    if (call.action !== 'create' && call.action !== 'update') return next();
    await guardReviewFields(strapi, call);
    const audit = await resetOnContributorEdit(strapi, call);
    const result = await next();
    await audit?.();
    return result;
  });
}
