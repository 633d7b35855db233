import path from 'node:path';
import type { Core } from '@strapi/strapi';

/**
 * SQLite is the embedded default (a file under cms/.tmp); PostgreSQL is the
 * production path, chosen with DATABASE_CLIENT=postgres and DATABASE_URL or the
 * DATABASE_HOST/PORT/NAME/USERNAME/PASSWORD variables.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  const acquireConnectionTimeout = env.int('DATABASE_CONNECTION_TIMEOUT', 60000);

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL'),
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'blmk'),
          user: env('DATABASE_USERNAME', 'postgres'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false) && {
            rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
          },
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout,
      },
    };
  }
  if (client !== 'sqlite') {
    throw new Error(`Unsupported DATABASE_CLIENT "${client}": use "sqlite" or "postgres".`);
  }

  // An empty DATABASE_FILENAME (as create-strapi writes) must not become "the cms folder".
  const filename = env('DATABASE_FILENAME', '') || '.tmp/data.db';
  const cmsRoot = path.join(__dirname, '..', '..');
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(cmsRoot, filename) },
      useNullAsDefault: true,
      acquireConnectionTimeout,
    },
  };
};

export default config;
