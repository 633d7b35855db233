import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { EDITORIAL_CONTENT_TYPES, type EditorialContentType } from '../content-types';
import { parseLocale } from '../history/route-helpers';
import { snapshotPopulate } from '../history/snapshot';
import { registerAdminRoutes } from '../utils/admin-routes';
import type { Problem } from './rules';
import { TYPE_RULES } from './type-rules';

/**
 * The warnings of an entry's current draft in one locale, from the same rules that
 * warn on save (TYPE_RULES[type].saveWarnings): computed on demand, so what the edit
 * view shows is always what the rules say of the draft as it is now, after any save,
 * publish, restore or scheduled change.
 */
export async function draftWarnings(strapi: Core.Strapi, uid: EditorialContentType, documentId: string, locale: string | undefined): Promise<Problem[]> {
  const rule = TYPE_RULES[uid]?.saveWarnings;
  const draft = await strapi.documents(uid).findOne({ documentId, locale, status: 'draft', populate: snapshotPopulate(strapi, uid) } as never);
  if (!draft) throw new errors.NotFoundError(`There is no ${locale ?? ''} draft of ${uid} ${documentId}.`);
  return rule ? rule(draft as Record<string, unknown>) : [];
}

function parseModel(value: string): EditorialContentType {
  if (!(EDITORIAL_CONTENT_TYPES as readonly string[]).includes(value)) {
    throw new errors.ValidationError(`"${value}" is not an editorial type; use one of ${EDITORIAL_CONTENT_TYPES.join(', ')}.`);
  }
  return value as EditorialContentType;
}

interface WarningsContext {
  params: Record<string, string>;
  query: Record<string, unknown>;
  state: { userAbility?: { can(action: string, subject: string): boolean } };
  body: unknown;
}

/**
 * GET /blmk/warnings/:model/:documentId?locale= for the edit view's Warnings panel:
 * `{ data: { warnings: [{ path, message }] } }`. Whoever may read the type in the
 * content manager may read its warnings (a contributor on events, a recruiter on vacancies).
 */
export function registerWarningsRoute(strapi: Core.Strapi): void {
  registerAdminRoutes(strapi, [
    {
      method: 'GET',
      path: '/warnings/:model/:documentId',
      handler: async (koa: unknown) => {
        const ctx = koa as WarningsContext;
        const model = parseModel(ctx.params.model ?? '');
        if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.read', model)) {
          throw new errors.ForbiddenError(`You may not read ${model}.`);
        }
        const warnings = await draftWarnings(strapi, model, ctx.params.documentId ?? '', parseLocale(ctx.query.locale));
        ctx.body = { data: { warnings } };
      },
    },
  ]);
}
