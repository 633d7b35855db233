import { factories } from '@strapi/strapi';

const populate = { middlewares: ['api::brief.default-populate'] };

export default factories.createCoreRouter('api::brief.brief', {
  config: { find: populate, findOne: populate },
});
