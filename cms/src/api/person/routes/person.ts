import { factories } from '@strapi/strapi';

const publicRead = { middlewares: ['global::published-only', 'api::person.default-populate'] };

export default factories.createCoreRouter('api::person.person', {
  config: { find: publicRead, findOne: publicRead },
});
