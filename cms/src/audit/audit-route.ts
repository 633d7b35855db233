import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ADMIN_ROLE_CODES } from '../admin-roles';
import { registerAdminRoutes } from '../utils/admin-routes';

const AUDIT_ENTRY = 'api::audit-entry.audit-entry';
const PAGE_SIZE_MAX = 100;

export interface AuditQuery {
  page: number;
  pageSize: number;
  action?: string;
  model?: string;
}

function positiveInteger(value: unknown, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(number) || number < 1 || number > max) {
    throw new errors.ValidationError(`${name} must be a whole number from 1 to ${max}.`);
  }
  return number;
}

/** Checks the query string of GET /blmk/audit; anything unexpected is a 400 with a reason. */
export function parseAuditQuery(strapi: Core.Strapi, query: Record<string, unknown>): AuditQuery {
  const page = positiveInteger(query.page, 'page', 1);
  const pageSize = positiveInteger(query.pageSize, 'pageSize', 25, PAGE_SIZE_MAX);
  const { action, model } = query;
  if (action !== undefined && (typeof action !== 'string' || !/^[a-z][a-z-]{0,59}$/.test(action))) {
    throw new errors.ValidationError('action must be a lower-case verb such as publish, unpublish or delete.');
  }
  if (model !== undefined && (typeof model !== 'string' || !strapi.contentTypes[model as UID.ContentType])) {
    throw new errors.ValidationError('model must be a content type such as api::brief.brief.');
  }
  return { page, pageSize, action: action as string | undefined, model: model as string | undefined };
}

/** The audit log, newest first, filtered by action and content type. */
export async function listAudit(strapi: Core.Strapi, query: AuditQuery) {
  const filters = {
    ...(query.action ? { action: { $eq: query.action } } : {}),
    ...(query.model ? { subjectType: { $eq: query.model } } : {}),
  };
  const documents = strapi.documents(AUDIT_ENTRY);
  const [entries, total] = await Promise.all([
    documents.findMany({
      filters,
      sort: [{ occurredAt: 'desc' }, { id: 'desc' }],
      start: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    }),
    documents.count({ filters }),
  ]);
  return {
    data: entries,
    meta: {
      pagination: { page: query.page, pageSize: query.pageSize, total, pageCount: Math.ceil(total / query.pageSize) },
    },
  };
}

/** GET /blmk/audit?page=&pageSize=&action=&model= for comms officers (and the Super Admin). */
export function registerAuditRoute(strapi: Core.Strapi): void {
  registerAdminRoutes(strapi, [
    {
      method: 'GET',
      path: '/audit',
      handler: async (ctx: { query: Record<string, unknown>; body: unknown }) => {
        ctx.body = await listAudit(strapi, parseAuditQuery(strapi, ctx.query));
      },
      config: {
        policies: [{ name: 'global::has-admin-role', config: { roles: [ADMIN_ROLE_CODES.commsOfficer] } }],
      },
    },
  ]);
}
