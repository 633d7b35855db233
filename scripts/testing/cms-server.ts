import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CMS_DIR, REPO_ROOT } from '../lib/paths.ts';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './databases.ts';
import { buildIfChanged } from './fingerprint.ts';
import { withFileLock } from './file-lock.ts';
import { freePort } from '../lib/ports.ts';
import { ensureSharedTypesBuilt } from '../lib/shared-types-build.ts';
import { runCommand, startService, waitForHttp, type RunningService } from './processes.ts';

const STRAPI_BIN = path.join(REPO_ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const SEED_CLI = path.join(REPO_ROOT, 'scripts', 'seed', 'cli.ts');

/** The first admin every test CMS gets (created by the CMS's own bootstrap). */
export const TEST_ADMIN = { email: 'admin@blmk.test', password: 'Test-admin-2026' } as const;

/** Compiles the CMS TypeScript into cms/dist once per change, shared by parallel test files. */
export async function ensureCmsCompiled(): Promise<void> {
  // The CMS requires @blmk/shared-types' CommonJS build; its changes change the CMS too.
  await ensureSharedTypesBuilt();
  const sources = [...['src', 'config', 'tsconfig.json', 'package.json'].map((part) => path.join(CMS_DIR, part)), path.join(REPO_ROOT, 'shared-types', 'dist', 'cjs')];
  return withFileLock('cms-compile', () =>
    buildIfChanged(sources, path.join(CMS_DIR, 'dist', '.blmk-fingerprint'), async () => {
      await runCommand(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], {
        cwd: CMS_DIR,
      });
    }),
  );
}

function randomSecret(): string {
  return randomBytes(16).toString('base64');
}

function cmsEnv(database: TestDatabase, port: number, extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    // Keep a developer's cms/.env out of the tests.
    ENV_PATH: '/dev/null',
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    APP_KEYS: `${randomSecret()},${randomSecret()}`,
    API_TOKEN_SALT: randomSecret(),
    ADMIN_JWT_SECRET: randomSecret(),
    TRANSFER_TOKEN_SALT: randomSecret(),
    JWT_SECRET: randomSecret(),
    ENCRYPTION_KEY: randomSecret(),
    SERVE_ADMIN_PANEL: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    // The weekly digest's scheduler would make a test's outcome depend on the day it runs
    // (a CMS started on a Monday morning sent "this week's" digest at boot); tests that are
    // about the schedule set one.
    NEWSLETTER_DIGEST_SCHEDULE: 'off',
    ...database.env,
    ...extra,
  };
}

export interface TestCms {
  url: string;
  database: TestDatabase;
  env: NodeJS.ProcessEnv;
  logFile: string;
  /** Runs the seed import against this CMS's database; returns what it printed. */
  seed(): Promise<string>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Kills the server (SIGKILL) like a crash; `start()` starts it again on the same database. */
  kill(): Promise<void>;
  /** Stops the server and drops the database. */
  destroy(): Promise<void>;
}

export interface TestCmsOptions {
  database?: DatabaseKind;
  /** Run the seed import before the first start (default true). */
  seed?: boolean;
  env?: Record<string, string>;
  /** A port chosen in advance (e.g. so the site can be told it); default: a free one. */
  port?: number;
}

/** A real CMS (`strapi start`) on a throw-away database and a free port. */
export async function startTestCms(options: TestCmsOptions = {}): Promise<TestCms> {
  await ensureCmsCompiled();
  const database = await createTestDatabase(options.database ?? 'sqlite');
  const port = options.port ?? (await freePort());
  const env = cmsEnv(database, port, options.env ?? {});
  const logDir = await mkdtemp(path.join(os.tmpdir(), 'blmk-cms-log-'));
  const logFile = path.join(logDir, 'cms.log');
  const url = `http://127.0.0.1:${port}`;
  let server: RunningService | undefined;

  const cms: TestCms = {
    url,
    database,
    env,
    logFile,
    async seed() {
      const { stdout } = await runCommand(process.execPath, [SEED_CLI], { cwd: REPO_ROOT, env });
      return stdout;
    },
    async start() {
      if (server) return;
      server = startService({
        name: 'cms',
        command: process.execPath,
        args: [STRAPI_BIN, 'start'],
        cwd: CMS_DIR,
        env,
        logFile,
      });
      try {
        await waitForHttp(`${url}/_health`, server);
      } catch (error) {
        await cms.stop();
        throw error;
      }
    },
    async stop() {
      await server?.stop();
      server = undefined;
    },
    async kill() {
      await server?.kill();
      server = undefined;
    },
    async destroy() {
      await cms.stop();
      await database.drop();
    },
  };

  try {
    if (options.seed ?? true) await cms.seed();
    await cms.start();
  } catch (error) {
    await cms.destroy();
    throw error;
  }
  return cms;
}
