import type { Core } from '@strapi/strapi';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { ensureLocales } from './bootstrap/locales';
import { enforcePublicReadOnly } from './bootstrap/public-permissions';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await enforcePublicReadOnly(strapi);
    await ensureFirstAdmin(strapi, process.env);
  },
};
