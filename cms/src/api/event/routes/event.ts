import { factories } from '@strapi/strapi';

const publicRead = { middlewares: ['global::published-only', 'api::event.default-populate'] };

export default factories.createCoreRouter('api::event.event', {
  config: { find: publicRead, findOne: publicRead },
});
