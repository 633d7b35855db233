import { factories } from '@strapi/strapi';

const populate = { middlewares: ['api::organisation.default-populate'] };

export default factories.createCoreRouter('api::organisation.organisation', {
  config: { find: populate, findOne: populate },
});
