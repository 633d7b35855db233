import type { Core } from '@strapi/strapi';

export type AdminRoute = Omit<Core.Route, 'info'>;

/**
 * Strapi 5 mounts every route under src/api as a content-API route (public auth).
 * Actions for the admin panel (history, newsletter sending, exports) must sit behind
 * the admin login instead, so they are registered here as an admin router under
 * /blmk/*; each route adds `global::has-admin-role` to say who may call it.
 * Call it from `register()`, before the server mounts its routers.
 */
export function registerAdminRoutes(strapi: Core.Strapi, routes: AdminRoute[]): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/blmk',
    routes: routes.map((route) => ({ ...route, info: { pluginName: 'admin', type: 'admin' } })),
  });
}
