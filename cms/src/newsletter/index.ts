import type { Core } from '@strapi/strapi';
import { registerNewsletterAdminRoutes } from './admin-routes';
import { newsletterConfig } from './config';
import { resumeUnfinishedSends, stopSending } from './sends';

export function registerNewsletter(strapi: Core.Strapi): void {
  registerNewsletterAdminRoutes(strapi);
}

/** Checks the settings and resumes any send a stop or crash interrupted. */
export async function bootstrapNewsletter(strapi: Core.Strapi): Promise<void> {
  const config = newsletterConfig();
  if (!config.secret) {
    strapi.log.warn('Newsletter: NEWSLETTER_SECRET is not set; subscribing and sending answer 503 until it is.');
    return;
  }
  await resumeUnfinishedSends(strapi);
}

export function destroyNewsletter(): void {
  stopSending();
}
