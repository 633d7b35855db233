import { ADMIN_ROLE_CODES, SUPER_ADMIN_CODE } from '../admin-roles';

/**
 * The editorial review stages (Strapi's free edition has no Review Workflows). The
 * values are the editors' words: they show as they are in the list column and filter.
 * "Published" is not a stage: it is Strapi's own status, reached by publishing.
 */
export const REVIEW_STAGES = ['Draft', 'In review', 'Approved'] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];

/** The fields every editorial type carries for its review (schema.json, private: never in the public API). */
export const REVIEW_FIELDS = ['reviewStage', 'reviewStageBy', 'reviewStageAt', 'reviewComment'] as const;

export const REVIEW_MOVES = ['submit', 'approve', 'request-changes'] as const;
export type ReviewMove = (typeof REVIEW_MOVES)[number];

/** Who someone is to the review: publishers (comms officers, super admins) review; contributors submit. */
export type ReviewerKind = 'publisher' | 'contributor' | 'recruiter' | 'other';

interface MoveRule {
  from: readonly ReviewStage[];
  to: ReviewStage;
  /** The audit log's verb. */
  audit: string;
  /** The button in the admin. */
  label: string;
}

export const MOVE_RULES: Readonly<Record<ReviewMove, MoveRule>> = {
  submit: { from: ['Draft'], to: 'In review', audit: 'review-submit', label: 'Submit for review' },
  approve: { from: ['In review'], to: 'Approved', audit: 'review-approve', label: 'Approve' },
  'request-changes': { from: ['In review', 'Approved'], to: 'Draft', audit: 'review-request-changes', label: 'Request changes' },
};

/** The longest change-request comment (the schema's maxLength of reviewComment). */
export const COMMENT_MAX = 2000;

/** A stored stage; rows from before the review fields existed have none and count as Draft. */
export function stageOf(value: unknown): ReviewStage {
  return (REVIEW_STAGES as readonly unknown[]).includes(value) ? (value as ReviewStage) : 'Draft';
}

/** What a set of admin role codes makes someone; a publisher role wins over any other. */
export function reviewerKind(roleCodes: Iterable<string>): ReviewerKind {
  const codes = new Set(roleCodes);
  if (codes.has(SUPER_ADMIN_CODE) || codes.has(ADMIN_ROLE_CODES.commsOfficer)) return 'publisher';
  if (codes.has(ADMIN_ROLE_CODES.contributor)) return 'contributor';
  if (codes.has(ADMIN_ROLE_CODES.recruiter)) return 'recruiter';
  return 'other';
}

export interface MoveContext {
  kind: ReviewerKind;
  /** The person moving wrote the document (its creator). */
  isAuthor: boolean;
  stage: ReviewStage;
}

export type MoveRefusal = { status: 403 | 409; message: string };

/**
 * Why `move` is not allowed, or undefined when it is: the stage matrix of the README.
 * Contributors only submit their own drafts; publishers make every move; recruiters
 * publish vacancies without review and make none.
 */
export function moveRefusal(move: ReviewMove, context: MoveContext): MoveRefusal | undefined {
  const rule = MOVE_RULES[move];
  if (context.kind === 'recruiter') return { status: 403, message: 'Recruiters publish vacancies without review; review moves are for comms officers and contributors.' };
  if (context.kind === 'other') return { status: 403, message: 'Only comms officers and contributors take part in reviews.' };
  if (context.kind === 'contributor' && move !== 'submit') return { status: 403, message: `Only a comms officer may ${rule.label.toLowerCase()}.` };
  if (context.kind === 'contributor' && !context.isAuthor) return { status: 403, message: 'A contributor submits only their own drafts for review.' };
  if (!rule.from.includes(context.stage)) {
    return { status: 409, message: `"${rule.label}" moves an entry from ${rule.from.join(' or ')}; this one is ${context.stage}.` };
  }
  return undefined;
}

/** The moves someone may make now (the buttons the edit view's Review panel shows). */
export function allowedMoves(context: MoveContext): ReviewMove[] {
  return REVIEW_MOVES.filter((move) => !moveRefusal(move, context));
}

/** Day first, UK time, for mails: "7 December 2026 at 14:05". */
export function ukDateTime(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' }).format(date);
}
