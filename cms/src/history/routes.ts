import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ADMIN_ROLE_CODES } from '../admin-roles';
import { EDITORIAL_CONTENT_TYPES, type EditorialContentType } from '../content-types';
import { registerAdminRoutes, type AdminRoute } from '../utils/admin-routes';
import { diffSnapshots } from './diff';
import { restoreRevision } from './restore';
import { SUMMARY_FIELDS, type Revision, type RevisionSummary } from './revisions';

const REVISION = 'api::revision.revision';

interface RouteContext {
  params: Record<string, string>;
  query: Record<string, unknown>;
}

/** A route handler answering `{ data }`; Koa's context type leaves out the router's `params`. */
function answer(work: (ctx: RouteContext) => Promise<unknown>): Core.MiddlewareHandler {
  return async (ctx) => {
    ctx.body = { data: await work(ctx as unknown as RouteContext) };
  };
}

const commsOfficersOnly = [{ name: 'global::has-admin-role', config: { roles: [ADMIN_ROLE_CODES.commsOfficer] } }];

function parseModel(value: string): EditorialContentType {
  if (!(EDITORIAL_CONTENT_TYPES as readonly string[]).includes(value)) {
    throw new errors.ValidationError(`"${value}" has no revision history; use one of ${EDITORIAL_CONTENT_TYPES.join(', ')}.`);
  }
  return value as EditorialContentType;
}

function parseId(value: string, name: string): number {
  const id = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(id) || id < 1) {
    throw new errors.ValidationError(`${name} must be a revision id (a positive whole number), got "${value}".`);
  }
  return id;
}

function parseLocale(value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)) {
    throw new errors.ValidationError(`locale must be a locale code such as "en" or "pl", got ${JSON.stringify(value)}.`);
  }
  return value;
}

async function findRevision(strapi: Core.Strapi, id: number): Promise<Revision> {
  const revision = (await strapi.db.query(REVISION).findOne({ where: { id } })) as Revision | null;
  if (!revision) throw new errors.NotFoundError(`There is no revision ${id}.`);
  return revision;
}

function summary(revision: Revision): RevisionSummary {
  const { snapshot: _snapshot, ...rest } = revision;
  return rest;
}

function revisionRoutes(strapi: Core.Strapi): AdminRoute[] {
  return [
    {
      method: 'GET',
      path: '/revisions/:model/:documentId',
      handler: answer(async (ctx) => {
        const model = parseModel(ctx.params.model);
        const locale = parseLocale(ctx.query.locale);
        const rows = await strapi.db.query(REVISION).findMany({
          select: ['id', ...SUMMARY_FIELDS],
          where: { subjectType: model, subjectDocumentId: ctx.params.documentId, ...(locale ? { subjectLocale: locale } : {}) },
          orderBy: { id: 'desc' },
        });
        return rows;
      }),
      config: { policies: commsOfficersOnly },
    },
    {
      method: 'GET',
      path: '/revisions/:id',
      handler: answer(async (ctx) => {
        return findRevision(strapi, parseId(ctx.params.id, 'id'));
      }),
      config: { policies: commsOfficersOnly },
    },
    {
      method: 'GET',
      path: '/revisions/:id/diff/:otherId',
      handler: answer(async (ctx) => {
        const from = await findRevision(strapi, parseId(ctx.params.id, 'id'));
        const to = await findRevision(strapi, parseId(ctx.params.otherId, 'otherId'));
        if (from.subjectType !== to.subjectType || from.subjectDocumentId !== to.subjectDocumentId) {
          throw new errors.ValidationError(`Revisions ${from.id} and ${to.id} belong to different entries; a diff compares versions of one entry.`);
        }
        return { from: summary(from), to: summary(to), changes: diffSnapshots(from.snapshot, to.snapshot) };
      }),
      config: { policies: commsOfficersOnly },
    },
    {
      method: 'POST',
      path: '/revisions/:id/restore',
      handler: answer(async (ctx) => {
        const revision = await findRevision(strapi, parseId(ctx.params.id, 'id'));
        return summary(await restoreRevision(strapi, revision));
      }),
      config: { policies: commsOfficersOnly },
    },
  ];
}

export function registerRevisionRoutes(strapi: Core.Strapi): void {
  registerAdminRoutes(strapi, revisionRoutes(strapi));
}
