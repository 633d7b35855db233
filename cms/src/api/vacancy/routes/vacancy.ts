import { factories } from '@strapi/strapi';

const publicRead = { middlewares: ['global::published-only', 'api::vacancy.default-populate'] };

export default factories.createCoreRouter('api::vacancy.vacancy', {
  config: { find: publicRead, findOne: publicRead },
});
