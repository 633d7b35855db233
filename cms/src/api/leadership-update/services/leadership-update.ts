import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::leadership-update.leadership-update');
