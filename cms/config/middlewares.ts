import type { Core } from '@strapi/strapi';
import { corsOrigins } from '../src/hardening/cors';
import { CSP_DEFAULTS } from '@strapi/utils';
import { bodyLimits } from '../src/hardening/limits';
import { mediaOrigins } from '../src/uploads/storage';

/** Strapi's own policy, plus the object store's origin for media-library thumbnails when uploads live there. */
function security(): Core.Config.Middlewares[number] {
  const origins = mediaOrigins(process.env);
  if (!origins.length) return 'strapi::security';
  const directives = {
    'img-src': [...CSP_DEFAULTS['img-src'], ...origins],
    'media-src': [...CSP_DEFAULTS['media-src'], ...origins],
  };
  return { name: 'strapi::security', config: { contentSecurityPolicy: { useDefaults: true, directives } } };
}

// The helpers read the plain process.env record (Strapi's `env` reads the same) to stay testable.
const config = (): Core.Config.Middlewares => {
  const limits = bodyLimits(process.env);
  return [
    'strapi::logger',
    // Outside strapi::errors, so it sees the final answer: an error while the database is down becomes a 503 that says so.
    { resolve: './src/middlewares/database-unavailable' },
    'strapi::errors',
    security(),
    // Only the site's and the admin's origins may read answers with credentials.
    { name: 'strapi::cors', config: { origin: corsOrigins(process.env), credentials: true } },
    'strapi::poweredBy',
    // Before the body is parsed: a refused request costs no parsing and no upload.
    { resolve: './src/hardening/rate-limit-middleware' },
    'strapi::query',
    {
      name: 'strapi::body',
      config: {
        jsonLimit: limits.jsonLimit,
        formLimit: limits.formLimit,
        textLimit: limits.textLimit,
        formidable: { maxFileSize: limits.maxFileBytes },
      },
    },
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};

export default config;
