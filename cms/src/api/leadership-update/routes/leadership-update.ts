import { factories } from '@strapi/strapi';

const publicRead = { middlewares: ['global::published-only', 'api::leadership-update.default-populate'] };

export default factories.createCoreRouter('api::leadership-update.leadership-update', {
  config: { find: publicRead, findOne: publicRead },
});
