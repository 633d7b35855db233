import type { Core } from '@strapi/strapi';
import { registerRevisionMiddleware } from './middleware';
import { registerRevisionRoutes } from './routes';

/** register(): revisions on every editorial write, and the admin routes to read and restore them. */
export function registerHistory(strapi: Core.Strapi): void {
  registerRevisionMiddleware(strapi);
  registerRevisionRoutes(strapi);
}
