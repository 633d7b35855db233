import type { Core } from '@strapi/strapi';
import type { AdminRoute } from '../utils/admin-routes';
import { deletionToRestore, listDeletedEntries, restoreDeletedEntry } from './deleted-entries';
import { answer, commsOfficersOnly, parseId } from './route-helpers';

/**
 * The Deleted entries view's API, for comms officers (and super admins):
 * GET /blmk/deleted-entries lists deletes not yet restored;
 * POST /blmk/deleted-entries/:id/restore brings one back as a draft (:id is its `id` in the list).
 */
export function deletedEntryRoutes(strapi: Core.Strapi): AdminRoute[] {
  return [
    {
      method: 'GET',
      path: '/deleted-entries',
      handler: answer(() => listDeletedEntries(strapi)),
      config: { policies: commsOfficersOnly },
    },
    {
      method: 'POST',
      path: '/deleted-entries/:id/restore',
      handler: answer(async (ctx) => restoreDeletedEntry(strapi, await deletionToRestore(strapi, parseId(ctx.params.id, 'id')))),
      config: { policies: commsOfficersOnly },
    },
  ];
}
