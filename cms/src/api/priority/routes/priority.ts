import { factories } from '@strapi/strapi';

const populate = { middlewares: ['api::priority.default-populate'] };

export default factories.createCoreRouter('api::priority.priority', {
  config: { find: populate, findOne: populate },
});
