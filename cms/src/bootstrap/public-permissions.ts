import type { Core } from '@strapi/strapi';
import { PUBLIC_CONTENT_TYPES } from '../content-types';

const PUBLIC_ACTIONS = [
  ...PUBLIC_CONTENT_TYPES.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  // GET /api/search (cms/src/api/search): reads the index of published content only.
  'api::search.search.search',
];

/**
 * Makes the unauthenticated role read-only: find and findOne on published editorial
 * content and search over it, nothing else. Enforced at every start, so a slip in the admin cannot
 * open writes, end-user sign-up or password resets to the public.
 */
export async function enforcePublicReadOnly(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.db.query('plugin::users-permissions.role');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const publicRole = await roles.findOne({ where: { type: 'public' } });
  if (!publicRole) throw new Error('The users-permissions public role is missing.');

  const granted: Array<{ id: number; action: string }> = await permissions.findMany({
    where: { role: publicRole.id },
  });
  const grantedActions = new Set(granted.map((permission) => permission.action));

  const unwanted = granted.filter((permission) => !PUBLIC_ACTIONS.includes(permission.action));
  for (const permission of unwanted) {
    await permissions.delete({ where: { id: permission.id } });
  }
  for (const action of PUBLIC_ACTIONS.filter((action) => !grantedActions.has(action))) {
    await permissions.create({ data: { action, role: publicRole.id } });
  }

  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) {
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
  }
}
