import type { Core } from '@strapi/strapi';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { enforcePublicReadOnly } from './bootstrap/public-permissions';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await enforcePublicReadOnly(strapi);
    await ensureFirstAdmin(strapi, process.env);
  },
};
