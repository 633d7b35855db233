import type { Core } from '@strapi/strapi';
import { registerReviewMiddleware } from './middleware';
import { registerReviewRoutes } from './routes';

/** register(): the review's rules in the Document Service, and the admin routes that move the stages. */
export function registerReview(strapi: Core.Strapi): void {
  registerReviewMiddleware(strapi);
  registerReviewRoutes(strapi);
}
