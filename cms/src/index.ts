import type { Core } from '@strapi/strapi';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { ensureLocales } from './bootstrap/locales';
import { enforcePublicReadOnly } from './bootstrap/public-permissions';
import { ensureSearchIndex } from './search/indexer';
import { registerSearchSync } from './search/sync';
import { bootstrapNewsletter, destroyNewsletter, registerNewsletter } from './newsletter';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerSearchSync(strapi);
    registerNewsletter(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await enforcePublicReadOnly(strapi);
    await ensureFirstAdmin(strapi, process.env);
    await ensureSearchIndex(strapi);
    await bootstrapNewsletter(strapi);
  },

  destroy() {
    destroyNewsletter();
  },
};
