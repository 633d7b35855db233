import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CMS_DIR, REPO_ROOT } from '../../scripts/lib/paths.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { ensureCmsCompiled } from '../../scripts/testing/cms-server.ts';
import { createTestDatabase, type TestDatabase } from '../../scripts/testing/databases.ts';

const STRAPI_BIN = path.join(REPO_ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const secret = () => randomBytes(18).toString('base64');

/** Runs `strapi start` to its exit (or kills it after `timeoutMs`); returns its code and output. */
function runStrapiStart(env: NodeJS.ProcessEnv, timeoutMs = 90_000): Promise<{ code: number | null; output: string; listened: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [STRAPI_BIN, 'start'], { cwd: CMS_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, listened: /Strapi started successfully|To access the server/.test(output) });
    });
  });
}

describe('secrets check at start', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    await ensureCmsCompiled();
    database = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await database?.drop();
  });

  test('production with weak secrets exits non-zero before listening, naming every offender and no value', async () => {
    const port = await freePort();
    const result = await runStrapiStart({
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ENV_PATH: '/dev/null',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      SERVE_ADMIN_PANEL: 'false',
      STRAPI_TELEMETRY_DISABLED: 'true',
      APP_KEYS: `${secret()},toBeModified2`,
      API_TOKEN_SALT: 'tobemodified',
      ADMIN_JWT_SECRET: secret(),
      TRANSFER_TOKEN_SALT: 'short-salt',
      JWT_SECRET: secret(),
      ENCRYPTION_KEY: secret(),
      NEWSLETTER_SECRET: 'changeme',
      ...database.env,
    });
    expect(result.code, result.output).not.toBe(0);
    expect(result.code, result.output).not.toBeNull();
    expect(result.listened).toBe(false);
    expect(result.output).toContain('Refusing to start in production');
    for (const name of ['APP_KEYS', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'NEWSLETTER_SECRET']) expect(result.output).toContain(name);
    for (const name of ['ADMIN_JWT_SECRET (', 'JWT_SECRET (', 'ENCRYPTION_KEY (']) expect(result.output).not.toContain(name);
    expect(result.output).not.toContain('short-salt');
  });
});
