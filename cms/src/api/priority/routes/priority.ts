import { factories } from '@strapi/strapi';

const publicRead = { middlewares: ['global::published-only', 'api::priority.default-populate'] };

export default factories.createCoreRouter('api::priority.priority', {
  config: { find: publicRead, findOne: publicRead },
});
