import type { Core, UID } from '@strapi/strapi';
import type { EditorialContentType } from '../content-types';
import { entryLabel } from '../utils/document-middleware';
import { reviewerKind, stageOf, type ReviewerKind, type ReviewStage } from './stages';

/** An admin user as the review sees them. */
export interface Person {
  id: number;
  email: string;
  firstname?: string | null;
  kind: ReviewerKind;
}

/** A document's review: its stage (shared by every language), who set it, and who wrote it. */
export interface ReviewState {
  uid: EditorialContentType;
  documentId: string;
  title: string;
  stage: ReviewStage;
  by: string | null;
  at: string | null;
  comment: string | null;
  /** Who created the document (its first language). */
  author: Person | null;
  /** A contributor created or last edited a language of it: it is published only once Approved. */
  reviewRequired: boolean;
}

interface DraftRow {
  locale: string | null;
  title?: string;
  personName?: string;
  reviewStage?: string | null;
  reviewStageBy?: string | null;
  reviewStageAt?: string | Date | null;
  reviewComment?: string | null;
  createdBy?: { id: number } | null;
  updatedBy?: { id: number } | null;
}

/** Admin users by id, with what their roles make them. */
export async function peopleById(strapi: Core.Strapi, ids: number[]): Promise<Map<number, Person>> {
  if (ids.length === 0) return new Map();
  const users = (await strapi.db.query('admin::user').findMany({
    where: { id: { $in: ids } },
    select: ['id', 'email', 'firstname'],
    populate: { roles: { select: ['code'] } },
  })) as Array<{ id: number; email: string; firstname?: string | null; roles?: Array<{ code: string }> }>;
  return new Map(users.map((user) => [user.id, { id: user.id, email: user.email, firstname: user.firstname, kind: reviewerKind((user.roles ?? []).map((role) => role.code)) }]));
}

/** The admin user of the current request and what they are to the review (undefined: no admin behind it). */
export function requestPerson(strapi: Core.Strapi): Person | undefined {
  const user = strapi.requestContext.get()?.state?.user as { id?: number; email?: string; firstname?: string; roles?: Array<{ code: string }> } | undefined;
  if (!user?.id || !user.email || !Array.isArray(user.roles)) return undefined;
  return { id: user.id, email: user.email, firstname: user.firstname, kind: reviewerKind(user.roles.map((role) => role.code)) };
}

async function draftRows(strapi: Core.Strapi, uid: EditorialContentType, documentId: string): Promise<DraftRow[]> {
  const attributes = strapi.getModel(uid).attributes;
  const titles = ['title', 'personName'].filter((name) => name in attributes);
  return (await strapi.db.query(uid as UID.ContentType).findMany({
    where: { documentId, publishedAt: null },
    select: ['id', 'locale', 'reviewStage', 'reviewStageBy', 'reviewStageAt', 'reviewComment', ...titles],
    populate: { createdBy: { select: ['id'] }, updatedBy: { select: ['id'] } },
    orderBy: { id: 'asc' },
  })) as DraftRow[];
}

/** The review of a document, or null when it has no draft (no such document). */
export async function readReview(strapi: Core.Strapi, uid: EditorialContentType, documentId: string, locale?: string): Promise<ReviewState | null> {
  const rows = await draftRows(strapi, uid, documentId);
  const first = rows[0];
  if (!first) return null;
  const named = rows.find((row) => row.locale === locale) ?? first;
  const ids = [...new Set(rows.flatMap((row) => [row.createdBy?.id, row.updatedBy?.id]).filter((id): id is number => typeof id === 'number'))];
  const people = await peopleById(strapi, ids);
  const at = first.reviewStageAt;
  return {
    uid,
    documentId,
    title: entryLabel(named) ?? documentId,
    stage: stageOf(first.reviewStage),
    by: first.reviewStageBy ?? null,
    at: at ? new Date(at).toISOString() : null,
    comment: first.reviewComment ?? null,
    author: (first.createdBy && people.get(first.createdBy.id)) ?? null,
    reviewRequired: [...people.values()].some((person) => person.kind === 'contributor'),
  };
}

/** Active comms officers, who are told when something waits for their review. */
export async function commsOfficers(strapi: Core.Strapi, code: string): Promise<Array<{ email: string; firstname?: string | null }>> {
  return (await strapi.db.query('admin::user').findMany({
    where: { isActive: true, blocked: false, roles: { code } },
    select: ['email', 'firstname'],
  })) as Array<{ email: string; firstname?: string | null }>;
}
