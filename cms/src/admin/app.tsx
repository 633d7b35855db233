import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { RevisionsPanel } from './history/RevisionsPanel';
import { registerNewsletterAdmin } from './newsletter/NewsletterPanel';

/**
 * The project's additions to the admin panel. Each area keeps its components in
 * src/admin/<area>/ and adds its registration here.
 */
export default {
  config: {
    locales: [],
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager').apis as ContentManagerPlugin['config']['apis'];
    // Revision history (schedule-history): list, compare and restore versions beside the edit form.
    contentManager.addEditViewSidePanel([RevisionsPanel]);
    // Newsletter (send test, send to subscribers, send log) on briefs.
    registerNewsletterAdmin(app);
  },
};
