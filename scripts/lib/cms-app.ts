import { createRequire } from 'node:module';
import path from 'node:path';
import type * as StrapiModule from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import { CMS_DIR } from './paths.ts';
import { ensureSharedTypesBuilt } from './shared-types-build.ts';

/**
 * Loads the CMS in this process (no HTTP server), for commands that work through
 * Strapi's own services: the seed import and the test harness's setup steps.
 * Strapi reads `.env` from ENV_PATH when its modules load, so point it at cms/.env
 * unless the caller chose a file (tests pass /dev/null and their own variables).
 */
export async function loadCms(): Promise<Core.Strapi> {
  await ensureSharedTypesBuilt();
  process.env.ENV_PATH ??= path.join(CMS_DIR, '.env');
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  // Strapi's ESM build imports `lodash/fp` as a directory, which Node's ESM loader refuses.
  const { compileStrapi, createStrapi } = createRequire(import.meta.url)(
    '@strapi/strapi',
  ) as typeof StrapiModule;
  const context = await compileStrapi({ appDir: CMS_DIR });
  const app = createStrapi({ ...context, autoReload: false, serveAdminPanel: false });
  await app.load();
  return app;
}

/** Runs `work` against a loaded CMS and always shuts it down afterwards. */
export async function withCms<T>(work: (strapi: Core.Strapi) => Promise<T>): Promise<T> {
  const strapi = await loadCms();
  try {
    return await work(strapi);
  } finally {
    await strapi.destroy();
  }
}
