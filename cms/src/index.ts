import type { Core } from '@strapi/strapi';
import { applyAdminLayout } from './admin-layout/apply';
import { backfillEventSessionDates, registerEventSessionDates } from './api/event/session-dates';
import { registerAudit } from './audit';
import { closeRateLimitStores } from './hardening/rate-limit-middleware';
import { assertSecrets } from './hardening/secrets';
import { registerValidation } from './validation';
import { survivePoolConnectionLoss } from './middlewares/database-unavailable';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { ensureLocales } from './bootstrap/locales';
import { enforcePublicReadOnly } from './bootstrap/public-permissions';
import { ensureRolesAndDemoUsers } from './bootstrap/roles-bootstrap';
import { registerHistory } from './history';
import { registerReview } from './review';
import { bootstrapNewsletter, destroyNewsletter, registerNewsletter } from './newsletter';
import { bootstrapScheduling, destroyScheduling, registerScheduling } from './scheduling';
import { ensureSearchIndex } from './search/indexer';
import { registerSearchSync } from './search/sync';
import { registerSiteRevalidation } from './webhooks/site-revalidate';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // First, before anything listens or writes: production refuses weak secrets.
    assertSecrets(process.env, (message) => strapi.log.warn(message));
    survivePoolConnectionLoss(strapi);
    // Document Service middlewares run in this order: the rules first, so nothing
    // refused is audited, revisioned, indexed or mailed.
    registerValidation(strapi);
    // Then the review: a publish it refuses (not yet approved) is not audited either.
    registerReview(strapi);
    // Derived fields before anything stores or copies the data.
    registerEventSessionDates(strapi);
    registerAudit(strapi);
    registerScheduling(strapi);
    registerHistory(strapi);
    registerSearchSync(strapi);
    registerNewsletter(strapi);
    registerSiteRevalidation(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await applyAdminLayout(strapi);
    await backfillEventSessionDates(strapi);
    await enforcePublicReadOnly(strapi);
    await ensureFirstAdmin(strapi, process.env);
    await ensureRolesAndDemoUsers(strapi, process.env);
    await ensureSearchIndex(strapi);
    await bootstrapScheduling(strapi);
    await bootstrapNewsletter(strapi);
  },

  async destroy() {
    destroyNewsletter();
    await closeRateLimitStores();
    await destroyScheduling();
  },
};
