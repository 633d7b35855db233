import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface TestDatabase {
  kind: DatabaseKind;
  /** DATABASE_* variables for the CMS. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** The server test databases are created on; CI's machine runs one on loopback. */
export const POSTGRES_ADMIN_URL =
  process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function createSqliteDatabase(): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'blmk-cms-'));
  return {
    kind: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
    drop: () => rm(dir, { recursive: true, force: true }),
  };
}

async function withPostgresAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function createPostgresDatabase(): Promise<TestDatabase> {
  const name = `blmk_test_${randomBytes(6).toString('hex')}`;
  await withPostgresAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
    drop: () => withPostgresAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

export function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  return kind === 'postgres' ? createPostgresDatabase() : createSqliteDatabase();
}

async function postgresIsReachable(): Promise<boolean> {
  try {
    await withPostgresAdmin((client) => client.query('SELECT 1'));
    return true;
  } catch {
    return false;
  }
}

/**
 * The databases the CMS integration tests run on: SQLite always, PostgreSQL when a
 * server answers. CI sets BLMK_REQUIRE_POSTGRES=1, so there a missing server fails
 * the run instead of quietly testing less.
 */
export async function testDatabaseKinds(): Promise<DatabaseKind[]> {
  if (await postgresIsReachable()) return ['sqlite', 'postgres'];
  if (process.env.BLMK_REQUIRE_POSTGRES === '1') {
    throw new Error(`PostgreSQL is required (BLMK_REQUIRE_POSTGRES=1) but ${POSTGRES_ADMIN_URL} does not answer.`);
  }
  console.warn(`PostgreSQL at ${POSTGRES_ADMIN_URL} does not answer: CMS tests run on SQLite only.`);
  return ['sqlite'];
}
