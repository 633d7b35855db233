import { factories } from '@strapi/strapi';

const populate = { middlewares: ['api::vacancy.default-populate'] };

export default factories.createCoreRouter('api::vacancy.vacancy', {
  config: { find: populate, findOne: populate },
});
