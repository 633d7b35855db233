import type { Core } from '@strapi/strapi';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { ensureLocales } from './bootstrap/locales';
import { enforcePublicReadOnly } from './bootstrap/public-permissions';
import { registerHistory } from './history';
import { bootstrapScheduling, destroyScheduling, registerScheduling } from './scheduling';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerScheduling(strapi);
    registerHistory(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await enforcePublicReadOnly(strapi);
    await ensureFirstAdmin(strapi, process.env);
    await bootstrapScheduling(strapi);
  },

  async destroy() {
    await destroyScheduling();
  },
};
