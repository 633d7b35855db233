import { factories } from '@strapi/strapi';

const publicRead = { middlewares: ['global::published-only', 'api::news-item.default-populate'] };

export default factories.createCoreRouter('api::news-item.news-item', {
  config: { find: publicRead, findOne: publicRead },
});
