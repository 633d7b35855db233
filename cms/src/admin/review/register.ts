import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { Clock } from '@strapi/icons';
import { ReviewPanel } from './ReviewPanel';
import { WaitingWidget } from './WaitingWidget';

/**
 * The homepage shows a widget to whoever holds its permissions: publishing news items
 * is what comms officers (and super admins) hold and contributors do not, so it stands
 * for "reviews" (the route behind it checks the role itself: cms/src/review/routes.ts).
 */
const REVIEWER_PERMISSIONS = [{ action: 'plugin::content-manager.explorer.publish', subject: 'api::news-item.news-item' }];

/** From the admin's bootstrap(): the edit view's Review panel. */
export function registerReviewPanel(contentManager: ContentManagerPlugin['config']['apis']): void {
  contentManager.addEditViewSidePanel([ReviewPanel]);
}

/** From the admin's register() (bootstrap() is handed a subset of the app without widgets): the homepage widget. */
export function registerReviewWidget(app: StrapiApp): void {
  app.widgets.register({
    id: 'review-waiting',
    icon: Clock,
    title: { id: 'blmk.review.waiting', defaultMessage: 'Waiting for review' },
    component: async () => WaitingWidget,
    permissions: REVIEWER_PERMISSIONS,
  });
}
