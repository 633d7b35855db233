import { factories } from '@strapi/strapi';

const populate = { middlewares: ['api::person.default-populate'] };

export default factories.createCoreRouter('api::person.person', {
  config: { find: populate, findOne: populate },
});
