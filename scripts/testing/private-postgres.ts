import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../lib/ports.ts';
import { runCommand } from './processes.ts';
import { waitFor } from './wait.ts';

/**
 * A PostgreSQL server of a test's own (initdb + pg_ctl in a temp dir, trust auth, on a
 * free loopback port), for tests that stop and start the database under the CMS: the
 * machine's server on 5432 is shared by every other test and must never be touched.
 */
export interface PrivatePostgres {
  port: number;
  /** A database URL on this server (database `blmk`). */
  url: string;
  /** `pg_ctl stop -m fast`: open connections are cut, as a crash or failover would. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its data directory. */
  destroy(): Promise<void>;
}

/** The directory of initdb/pg_ctl: the newest /usr/lib/postgresql/<n>/bin, or null. */
function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

/** PostgreSQL refuses to run as root: as root, its commands run as the `postgres` user. */
function asServerUser(binary: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
}

/**
 * Whether a private server can be started here; when not, the tests that need one are
 * skipped loudly, except in CI (BLMK_REQUIRE_POSTGRES=1), where that fails.
 */
export function privatePostgresAvailable(): boolean {
  if (postgresBinDir()) return true;
  if (process.env.BLMK_REQUIRE_POSTGRES === '1') {
    throw new Error('PostgreSQL is required (BLMK_REQUIRE_POSTGRES=1) but no initdb/pg_ctl is installed under /usr/lib/postgresql.');
  }
  console.warn('No PostgreSQL server binaries (/usr/lib/postgresql/*/bin): the tests that restart PostgreSQL are SKIPPED.');
  return false;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('No PostgreSQL server binaries under /usr/lib/postgresql.');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'blmk-pg-'));
  const dataDir = path.join(dir, 'data');
  if (process.getuid?.() === 0) {
    const id = async (flag: string) => Number((await runCommand('id', [flag, 'postgres'], { cwd: dir })).stdout.trim());
    await chown(dir, await id('-u'), await id('-g'));
  }
  await chmod(dir, 0o700);
  const port = await freePort();
  const run = (binary: string, args: string[]) => {
    const [command, fullArgs] = asServerUser(path.join(bin, binary), args);
    return runCommand(command, fullArgs, { cwd: dir });
  };
  await run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const server: PrivatePostgres = {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/blmk`,
    async start() {
      await run('pg_ctl', ['-D', dataDir, '-l', path.join(dir, 'server.log'), '-o', options, '-w', 'start']);
      await waitFor(`PostgreSQL on ${port}`, () => answers(adminUrl), 30_000);
    },
    async stop() {
      await run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    },
    async destroy() {
      await server.stop().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('CREATE DATABASE blmk');
  } finally {
    await client.end();
  }
  return server;
}
