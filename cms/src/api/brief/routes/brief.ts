import { factories } from '@strapi/strapi';

const publicRead = { middlewares: ['global::published-only', 'api::brief.default-populate'] };

export default factories.createCoreRouter('api::brief.brief', {
  config: { find: publicRead, findOne: publicRead },
});
