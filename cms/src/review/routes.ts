import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ADMIN_ROLE_CODES } from '../admin-roles';
import { EDITORIAL_CONTENT_TYPES, type EditorialContentType } from '../content-types';
import { registerAdminRoutes, type AdminRoute } from '../utils/admin-routes';
import { requestPerson, type Person } from './documents';
import { makeMove, reviewFor, ReviewRefusal, waitingForReview } from './moves';
import { REVIEW_MOVES, type ReviewMove } from './stages';

interface RouteContext {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  status: number;
  body: unknown;
}

/** `{ data }`, or the refusal's own status (403, 409) with Strapi's error shape. */
function answer(strapi: Core.Strapi, work: (ctx: RouteContext, person: Person) => Promise<unknown>): Core.MiddlewareHandler {
  return async (koa) => {
    const ctx = koa as unknown as RouteContext;
    const person = requestPerson(strapi);
    if (!person) throw new errors.UnauthorizedError('Log in to the admin first.');
    try {
      ctx.body = { data: await work(ctx, person) };
    } catch (error) {
      if (!(error instanceof ReviewRefusal)) throw error;
      ctx.status = error.status;
      ctx.body = { data: null, error: { status: error.status, name: error.status === 403 ? 'ForbiddenError' : 'ConflictError', message: error.message, details: {} } };
    }
  };
}

const policy = (roles: string[]) => [{ name: 'global::has-admin-role', config: { roles } }];
const REVIEWERS = [ADMIN_ROLE_CODES.commsOfficer, ADMIN_ROLE_CODES.contributor];
const EVERY_ROLE = [...REVIEWERS, ADMIN_ROLE_CODES.recruiter];

function parseModel(value: string): EditorialContentType {
  if (!(EDITORIAL_CONTENT_TYPES as readonly string[]).includes(value)) {
    throw new errors.ValidationError(`"${value}" has no review; use one of ${EDITORIAL_CONTENT_TYPES.join(', ')}.`);
  }
  return value as EditorialContentType;
}

function parseMove(value: string): ReviewMove {
  if (!(REVIEW_MOVES as readonly string[]).includes(value)) {
    throw new errors.ValidationError(`"${value}" is not a review move; use one of ${REVIEW_MOVES.join(', ')}.`);
  }
  return value as ReviewMove;
}

function parseDocumentId(value: string): string {
  if (!/^[a-z0-9]{1,60}$/i.test(value)) throw new errors.ValidationError(`"${value}" is not a document id.`);
  return value;
}

function parseLocale(value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)) throw new errors.ValidationError('locale must be a locale code such as "en".');
  return value;
}

function parseBody(body: unknown): { comment?: unknown } {
  if (body === undefined || body === null || body === '') return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw new errors.ValidationError('The body must be a JSON object such as {"comment": "…"}.');
  const unknownKeys = Object.keys(body).filter((key) => key !== 'comment');
  if (unknownKeys.length > 0) throw new errors.ValidationError(`Unknown field(s) ${unknownKeys.join(', ')}; only "comment" is read.`);
  return body as { comment?: unknown };
}

function reviewRoutes(strapi: Core.Strapi): AdminRoute[] {
  return [
    {
      method: 'GET',
      path: '/review/waiting',
      handler: answer(strapi, () => waitingForReview(strapi, EDITORIAL_CONTENT_TYPES)),
      config: { policies: policy([ADMIN_ROLE_CODES.commsOfficer]) },
    },
    {
      method: 'GET',
      path: '/review/:model/:documentId',
      handler: answer(strapi, (ctx, person) =>
        reviewFor(strapi, person, parseModel(ctx.params.model), parseDocumentId(ctx.params.documentId), parseLocale(ctx.query.locale)),
      ),
      config: { policies: policy(EVERY_ROLE) },
    },
    {
      method: 'POST',
      path: '/review/:model/:documentId/:move',
      handler: answer(strapi, (ctx, person) => {
        const model = parseModel(ctx.params.model);
        const move = parseMove(ctx.params.move);
        const { comment } = parseBody(ctx.request.body);
        return makeMove(strapi, person, model, parseDocumentId(ctx.params.documentId), move, comment);
      }),
      config: { policies: policy(EVERY_ROLE) },
    },
  ];
}

export function registerReviewRoutes(strapi: Core.Strapi): void {
  registerAdminRoutes(strapi, reviewRoutes(strapi));
}
