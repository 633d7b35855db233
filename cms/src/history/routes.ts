import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { registerAdminRoutes, type AdminRoute } from '../utils/admin-routes';
import { deletedEntryRoutes } from './deleted-routes';
import { diffSnapshots } from './diff';
import { answer, commsOfficersOnly, parseId, parseLocale, parseModel } from './route-helpers';
import { restoreRevision } from './restore';
import { SUMMARY_FIELDS, type Revision, type RevisionSummary } from './revisions';

const REVISION = 'api::revision.revision';

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
  registerAdminRoutes(strapi, [...revisionRoutes(strapi), ...deletedEntryRoutes(strapi)]);
}
