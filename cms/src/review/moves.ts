import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ADMIN_ROLE_CODES } from '../admin-roles';
import { ROLE_DEFINITIONS } from '../bootstrap/role-definitions';
import type { EditorialContentType } from '../content-types';
import { recordAudit } from '../audit/record';
import { readReview, type Person, type ReviewState } from './documents';
import { asReviewMove } from './middleware';
import { notifyChangesRequested, notifySubmitted } from './notify';
import { allowedMoves, COMMENT_MAX, MOVE_RULES, moveRefusal, type MoveContext, type ReviewMove } from './stages';

/** A refusal the routes answer with its own status (403 not allowed, 409 wrong stage). */
export class ReviewRefusal extends Error {
  constructor(readonly status: 403 | 409, message: string) {
    super(message);
  }
}

/** The types contributors may edit, as their role definition says (news items and events). */
const CONTRIBUTOR_TYPES = new Set(
  ROLE_DEFINITIONS.find((role) => role.code === ADMIN_ROLE_CODES.contributor)!.content
    .filter((grant) => grant.actions.includes('update'))
    .flatMap((grant) => grant.subjects),
);

function assertMayUseType(person: Person, uid: EditorialContentType): void {
  if (person.kind === 'contributor' && !CONTRIBUTOR_TYPES.has(uid)) {
    throw new ReviewRefusal(403, `Contributors work on ${[...CONTRIBUTOR_TYPES].join(' and ')} only.`);
  }
  if (person.kind === 'recruiter' && uid !== 'api::vacancy.vacancy') throw new ReviewRefusal(403, 'Recruiters work on vacancies only.');
}

export async function findReview(strapi: Core.Strapi, uid: EditorialContentType, documentId: string, locale?: string): Promise<ReviewState> {
  const review = await readReview(strapi, uid, documentId, locale);
  if (!review) throw new errors.NotFoundError(`There is no ${uid} with the document id "${documentId}".`);
  return review;
}

function contextFor(person: Person, review: ReviewState): MoveContext {
  return { kind: person.kind, isAuthor: review.author?.id === person.id, stage: review.stage };
}

/** The review as the edit view's panel shows it to `person`: the stage and the moves they may make. */
export async function reviewFor(strapi: Core.Strapi, person: Person, uid: EditorialContentType, documentId: string, locale?: string) {
  assertMayUseType(person, uid);
  const review = await findReview(strapi, uid, documentId, locale);
  const { author, ...rest } = review;
  return { ...rest, author: author?.email ?? null, moves: allowedMoves(contextFor(person, review)) };
}

function checkComment(move: ReviewMove, comment: unknown): string | null {
  if (comment !== undefined && comment !== null && typeof comment !== 'string') throw new errors.ValidationError('comment must be text.');
  const text = typeof comment === 'string' ? comment.trim() : '';
  if (text.length > COMMENT_MAX) throw new errors.ValidationError(`comment is ${text.length} characters; at most ${COMMENT_MAX}.`);
  if (move === 'request-changes' && !text) throw new errors.ValidationError('Request changes needs a comment saying what to change.');
  return text || null;
}

/**
 * Makes one move: checks who may, writes the stage on every language's draft with a
 * compare-and-set (two reviewers clicking at once: the second is told the stage
 * moved), records it in the audit log, then mails whoever should know.
 */
export async function makeMove(strapi: Core.Strapi, person: Person, uid: EditorialContentType, documentId: string, move: ReviewMove, rawComment: unknown) {
  assertMayUseType(person, uid);
  const comment = checkComment(move, rawComment);
  const review = await findReview(strapi, uid, documentId);
  const refusal = moveRefusal(move, contextFor(person, review));
  if (refusal) throw new ReviewRefusal(refusal.status, refusal.message);
  const rule = MOVE_RULES[move];
  const at = new Date();
  const fields = {
    reviewStage: rule.to,
    reviewStageBy: person.email,
    reviewStageAt: at.toISOString(),
    ...(move === 'request-changes' ? { reviewComment: comment } : {}),
  };
  await asReviewMove(() =>
    strapi.db.transaction(async () => {
      const where = { documentId, publishedAt: null, ...(review.stage === 'Draft' ? { $or: [{ reviewStage: 'Draft' }, { reviewStage: { $null: true } }] } : { reviewStage: review.stage }) };
      const claim = await strapi.db.query(uid).updateMany({ where, data: fields });
      if (claim.count === 0) throw new ReviewRefusal(409, 'Someone moved this entry meanwhile; reload to see its stage.');
      await recordAudit(strapi, {
        action: rule.audit,
        contentType: uid,
        documentId,
        entryTitle: review.title,
        actor: { kind: 'admin', id: person.id, email: person.email },
        details: { from: review.stage, to: rule.to, ...(comment ? { comment } : {}) },
      });
    }),
  );
  const moved = { ...review, stage: rule.to, by: person.email, at: fields.reviewStageAt, comment: move === 'request-changes' ? comment : review.comment };
  if (move === 'submit') await notifySubmitted(strapi, moved, person.email, at);
  if (move === 'request-changes') await notifyChangesRequested(strapi, moved, person.email, at, comment ?? '');
  return reviewFor(strapi, person, uid, documentId);
}

/** Everything In review, oldest first: the comms officers' queue (homepage widget). */
export async function waitingForReview(strapi: Core.Strapi, types: readonly EditorialContentType[]) {
  const waiting: Array<{ uid: string; documentId: string; title: string; by: string | null; at: string | null }> = [];
  for (const uid of types) {
    const attributes = strapi.getModel(uid).attributes;
    const titleField = 'title' in attributes ? 'title' : 'personName';
    const rows = (await strapi.db.query(uid).findMany({
      where: { publishedAt: null, reviewStage: 'In review' },
      select: ['documentId', 'locale', titleField, 'reviewStageBy', 'reviewStageAt'],
      orderBy: { id: 'asc' },
    })) as Array<Record<string, unknown> & { documentId: string; reviewStageBy: string | null; reviewStageAt: string | Date | null }>;
    const seen = new Set<string>();
    for (const row of rows) {
      if (seen.has(row.documentId)) continue;
      seen.add(row.documentId);
      const at = row.reviewStageAt ? new Date(row.reviewStageAt).toISOString() : null;
      waiting.push({ uid, documentId: row.documentId, title: String(row[titleField] ?? row.documentId), by: row.reviewStageBy, at });
    }
  }
  return waiting.sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
}
