import { factories } from '@strapi/strapi';

const publicRead = { middlewares: ['global::published-only', 'api::organisation.default-populate'] };

export default factories.createCoreRouter('api::organisation.organisation', {
  config: { find: publicRead, findOne: publicRead },
});
