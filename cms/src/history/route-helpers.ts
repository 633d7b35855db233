import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ADMIN_ROLE_CODES } from '../admin-roles';
import { EDITORIAL_CONTENT_TYPES, type EditorialContentType } from '../content-types';

/** What the history routes read of Koa's context (its type leaves out the router's `params`). */
export interface RouteContext {
  params: Record<string, string>;
  query: Record<string, unknown>;
}

/** A route handler answering `{ data }`. */
export function answer(work: (ctx: RouteContext) => Promise<unknown>): Core.MiddlewareHandler {
  return async (ctx) => {
    ctx.body = { data: await work(ctx as unknown as RouteContext) };
  };
}

export const commsOfficersOnly = [{ name: 'global::has-admin-role', config: { roles: [ADMIN_ROLE_CODES.commsOfficer] } }];

export function parseModel(value: string): EditorialContentType {
  if (!(EDITORIAL_CONTENT_TYPES as readonly string[]).includes(value)) {
    throw new errors.ValidationError(`"${value}" has no revision history; use one of ${EDITORIAL_CONTENT_TYPES.join(', ')}.`);
  }
  return value as EditorialContentType;
}

export function parseId(value: string, name: string): number {
  const id = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(id) || id < 1) {
    throw new errors.ValidationError(`${name} must be a revision id (a positive whole number), got "${value}".`);
  }
  return id;
}

export function parseLocale(value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)) {
    throw new errors.ValidationError(`locale must be a locale code such as "en" or "pl", got ${JSON.stringify(value)}.`);
  }
  return value;
}
