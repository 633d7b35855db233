import type { StrapiApp } from '@strapi/strapi/admin';
import { Mail } from '@strapi/icons';

/**
 * The "Newsletter subscribers" main menu link, for comms officers (and super admins):
 * shown to those who may read the audit log, the same people the CMS lets call
 * /blmk/newsletter/* (cms/src/newsletter/admin-routes.ts).
 */
export function registerSubscribersAdmin(app: StrapiApp): void {
  app.addMenuLink({
    to: 'newsletter-subscribers',
    icon: Mail,
    intlLabel: { id: 'blmk.newsletter-subscribers.menu', defaultMessage: 'Newsletter subscribers' },
    Component: () => import('./SubscribersPage'),
    permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::audit-entry.audit-entry' }],
  });
}
