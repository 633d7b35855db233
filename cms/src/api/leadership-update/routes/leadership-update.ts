import { factories } from '@strapi/strapi';

const populate = { middlewares: ['api::leadership-update.default-populate'] };

export default factories.createCoreRouter('api::leadership-update.leadership-update', {
  config: { find: populate, findOne: populate },
});
