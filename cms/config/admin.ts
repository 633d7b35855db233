import type { Core } from '@strapi/strapi';
import { previewUrl } from '../src/preview/preview-url';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET')!,
  },
  apiToken: {
    salt: env('API_TOKEN_SALT')!,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT')!,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY')!,
  },
  // `npm start` prints the admin URL; opening a browser fails on headless machines.
  autoOpen: false,
  // Tests and API-only deployments run without the admin bundle.
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  // Preview a draft on the real site (SITE_URL) through its secret route (PREVIEW_SECRET, shared with the site).
  preview: {
    enabled: Boolean(env('SITE_URL') && env('PREVIEW_SECRET')),
    config: {
      allowedOrigins: env('SITE_URL') ? [new URL(env('SITE_URL')!).origin] : [],
      async handler(uid: string, target: { documentId: string; locale?: string | null; status?: string | null }) {
        return previewUrl(env('SITE_URL'), env('PREVIEW_SECRET'), uid, target);
      },
    },
  },
  flags: {
    nps: false,
    promoteEE: false,
    docLinks: env.bool('FLAG_DOC_LINKS', true),
  },
});

export default config;
