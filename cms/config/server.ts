import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: {
    keys: env.array('APP_KEYS')!,
  },
  // Behind a reverse proxy (or the site forwarding newsletter forms), trust its
  // X-Forwarded-For so per-client limits see the reader, not the proxy.
  proxy: { koa: env.bool('IS_PROXIED', false) },
  // No update check: it calls the npm registry at every start.
  logger: { updates: { enabled: false } },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
});

export default config;
