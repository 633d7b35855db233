import { factories } from '@strapi/strapi';

// The history logic lives in cms/src/history/; this is only the content type's service.
export default factories.createCoreService('api::revision.revision');
