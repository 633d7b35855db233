import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CMS_DIR, REPO_ROOT, WEB_DIR } from '../lib/paths.ts';
import { startService, type RunningService } from '../testing/processes.ts';

const STRAPI_BIN = path.join(REPO_ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

export interface TimedService {
  service: RunningService;
  pid: number;
  /** Milliseconds from spawn to the first answer. */
  startMs: number;
}

/** Polls every 20 ms (the harness's 250 ms is too coarse for a 1 s target) until `url` answers. */
async function waitUp(url: string, service: RunningService, anyStatus: boolean, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`${url}: the process exited; see ${service.logFile}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (anyStatus || response.status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms; see ${service.logFile}`);
}

async function logFile(name: string): Promise<string> {
  return path.join(await mkdtemp(path.join(os.tmpdir(), `blmk-bench-${name}-`)), `${name}.log`);
}

async function timed(name: string, command: string[], cwd: string, env: NodeJS.ProcessEnv, url: string, anyStatus: boolean): Promise<TimedService> {
  const started = performance.now();
  const service = startService({ name, command: process.execPath, args: command, cwd, env, logFile: await logFile(name) });
  try {
    await waitUp(url, service, anyStatus);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return { service, pid: service.child.pid!, startMs: performance.now() - started };
}

/** `strapi start` on a database the harness prepared (its env), timed to the first /_health answer. */
export function startCms(env: NodeJS.ProcessEnv, url: string): Promise<TimedService> {
  return timed('cms', [STRAPI_BIN, 'start'], CMS_DIR, env, `${url}/_health`, false);
}

/** `node web/.output/server/index.mjs`, timed to its first answer (/robots.txt, any status: no page render). */
export function startSite(port: number, env: Record<string, string>): Promise<TimedService> {
  const fullEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ...env };
  return timed('site', [path.join(WEB_DIR, '.output', 'server', 'index.mjs')], WEB_DIR, fullEnv, `http://127.0.0.1:${port}/robots.txt`, true);
}
