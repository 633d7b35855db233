import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { registerDeletedEntriesAdmin } from './history/deleted-entries-admin';
import { RevisionsPanel } from './history/RevisionsPanel';
import { registerNewsletterAdmin } from './newsletter/NewsletterPanel';
import { registerSubscribersAdmin } from './newsletter/subscribers-admin';
import { registerReviewPanel, registerReviewWidget } from './review/register';
import { WarningsPanel } from './validation/WarningsPanel';

/**
 * The project's additions to the admin panel. Each area keeps its components in
 * src/admin/<area>/ and adds its registration here.
 */
/**
 * The admin's interface language. Its date pickers format dates in it (Intl, day,
 * month, year as 2-digit numbers): Strapi's own "en" is US English, which shows the
 * May 2018 issue date (2018-05-01) as 05/01/2018, 5 January to a UK reader; en-GB
 * shows 01/05/2018 and a 24-hour clock. en-GB uses Strapi's English texts.
 */
const ADMIN_LOCALE = 'en-GB';
/** Where Strapi 5's admin keeps the chosen interface language (it falls back to "en"). */
const LANGUAGE_STORAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    locales: [ADMIN_LOCALE],
  },
  register(app: StrapiApp) {
    // Review stages: the homepage's "Waiting for review" for comms officers.
    registerReviewWidget(app);
  },
  bootstrap(app: StrapiApp) {
    // Strapi has no setting for the default interface language: it renders in the
    // stored one or "en". Storing en-GB before the first render (bootstrap runs
    // before it) makes it the default; a language someone picked on the login page
    // or in their profile is stored already and kept (the profile's preferred
    // language is applied again after each login).
    if (!window.localStorage.getItem(LANGUAGE_STORAGE_KEY)) window.localStorage.setItem(LANGUAGE_STORAGE_KEY, ADMIN_LOCALE);
    const contentManager = app.getPlugin('content-manager').apis as ContentManagerPlugin['config']['apis'];
    // Revision history (schedule-history): list, compare and restore versions beside the edit form.
    contentManager.addEditViewSidePanel([RevisionsPanel]);
    // Validation warnings of the saved draft (a session over 12 hours...), refreshed after each save.
    contentManager.addEditViewSidePanel([WarningsPanel]);
    // Deleted entries (comms officers): list and restore as drafts.
    registerDeletedEntriesAdmin(app);
    // Newsletter (send test, send to subscribers, send log) on briefs.
    registerNewsletterAdmin(app);
    // Newsletter subscribers (comms officers): counts, and one address for access or erasure.
    registerSubscribersAdmin(app);
    // Review stages: the edit view's Review panel (the homepage widget is added in register()).
    registerReviewPanel(contentManager);
  },
};
