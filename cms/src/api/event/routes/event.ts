import { factories } from '@strapi/strapi';

const populate = { middlewares: ['api::event.default-populate'] };

export default factories.createCoreRouter('api::event.event', {
  config: { find: populate, findOne: populate },
});
