import type { StrapiApp } from '@strapi/strapi/admin';
import { Trash } from '@strapi/icons';

/**
 * The "Deleted entries" main menu link. Shown to those who may read the audit log:
 * comms officers (cms/src/bootstrap/role-definitions.ts) and super admins, the same
 * people the CMS lets call /blmk/deleted-entries.
 */
export function registerDeletedEntriesAdmin(app: StrapiApp): void {
  app.addMenuLink({
    to: 'deleted-entries',
    icon: Trash,
    intlLabel: { id: 'blmk.deleted-entries.menu', defaultMessage: 'Deleted entries' },
    Component: () => import('./DeletedEntriesPage'),
    permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::audit-entry.audit-entry' }],
  });
}
