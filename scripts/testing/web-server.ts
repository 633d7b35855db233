import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, WEB_DIR } from '../lib/paths.ts';
import { buildIfChanged } from './fingerprint.ts';
import { withFileLock } from './file-lock.ts';
import { freePort } from '../lib/ports.ts';
import { runCommand, startService, waitForHttp, type RunningService } from './processes.ts';

const NUXT_BIN = path.join(REPO_ROOT, 'node_modules', 'nuxt', 'bin', 'nuxt.mjs');

/** Builds the site (nuxt build) once per change, shared by parallel test files. */
export function ensureWebBuilt(): Promise<void> {
  const sources = [
    path.join(WEB_DIR, 'app'),
    path.join(WEB_DIR, 'server'),
    path.join(WEB_DIR, 'shared'),
    path.join(WEB_DIR, 'content'),
    path.join(WEB_DIR, 'i18n'),
    path.join(WEB_DIR, 'public'),
    path.join(WEB_DIR, 'build'),
    path.join(WEB_DIR, 'nuxt.config.ts'),
    path.join(WEB_DIR, 'content.config.ts'),
    path.join(WEB_DIR, 'package.json'),
    path.join(REPO_ROOT, 'shared-types', 'src'),
  ];
  return withFileLock('web-build', () =>
    buildIfChanged(sources, path.join(WEB_DIR, '.output', '.blmk-fingerprint'), async () => {
      await runCommand(process.execPath, [NUXT_BIN, 'build'], { cwd: WEB_DIR });
    }),
  );
}

export interface TestWeb {
  url: string;
  logFile: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The built site (node .output/server) on a free port, reading from `cmsUrl`. */
export async function startTestWeb(options: {
  cmsUrl: string;
  env?: Record<string, string>;
  /** A port chosen in advance (e.g. so the CMS can be told it); default: a free one. */
  port?: number;
}): Promise<TestWeb> {
  await ensureWebBuilt();
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const logDir = await mkdtemp(path.join(os.tmpdir(), 'blmk-web-log-'));
  const logFile = path.join(logDir, 'web.log');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    NUXT_STRAPI_URL: options.cmsUrl,
    NUXT_PUBLIC_SITE_URL: url,
    ...options.env,
  };
  let server: RunningService | undefined;
  const web: TestWeb = {
    url,
    logFile,
    async start() {
      if (server) return;
      server = startService({
        name: 'web',
        command: process.execPath,
        args: [path.join(WEB_DIR, '.output', 'server', 'index.mjs')],
        cwd: WEB_DIR,
        env,
        logFile,
      });
      try {
        // Any HTTP answer means the server is up: a site whose CMS is down answers 503.
        await waitForHttp(url, server, { anyStatus: true });
      } catch (error) {
        await web.stop();
        throw error;
      }
    },
    async stop() {
      await server?.stop();
      server = undefined;
    },
  };
  await web.start();
  return web;
}
