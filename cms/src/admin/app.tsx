import type { StrapiApp } from '@strapi/strapi/admin';
import { registerNewsletterAdmin } from './newsletter/NewsletterPanel';

export default {
  config: {
    locales: [],
  },
  bootstrap(app: StrapiApp) {
    registerNewsletterAdmin(app);
  },
};
