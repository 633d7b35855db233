import type { Core } from '@strapi/strapi';
import { registerNewsletterAdminRoutes } from './admin-routes';
import { newsletterConfig } from './config';
import { digestConfig } from './digest/config';
import { startDigestScheduler, stopDigestScheduler } from './digest/scheduler';
import { resumeUnfinishedSends, stopSending } from './sends';

export function registerNewsletter(strapi: Core.Strapi): void {
  registerNewsletterAdminRoutes(strapi);
}

/** Checks the settings, resumes any send a stop or crash interrupted, and starts the weekly digest's clock. */
export async function bootstrapNewsletter(strapi: Core.Strapi): Promise<void> {
  const config = newsletterConfig();
  // A malformed digest schedule stops the start with a message naming the setting.
  digestConfig();
  if (!config.secret) {
    strapi.log.warn('Newsletter: NEWSLETTER_SECRET is not set; subscribing and sending answer 503 until it is.');
    return;
  }
  await resumeUnfinishedSends(strapi);
  startDigestScheduler(strapi);
}

/** Sync, as cms/src/index.ts calls it: a digest being started finishes its transaction on its own. */
export function destroyNewsletter(): void {
  stopSending();
  stopDigestScheduler();
}
