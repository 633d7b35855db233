import { factories } from '@strapi/strapi';

const populate = { middlewares: ['api::news-item.default-populate'] };

export default factories.createCoreRouter('api::news-item.news-item', {
  config: { find: populate, findOne: populate },
});
