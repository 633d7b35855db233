import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::leadership-update.leadership-update');
