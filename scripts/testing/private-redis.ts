import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../lib/ports.ts';
import { startService, type RunningService } from './processes.ts';
import { redisAnswers } from './redis.ts';
import { waitFor } from './wait.ts';

/**
 * A Redis server of a test's own (no persistence, a free loopback port), for tests that
 * stop Redis under the site: the machine's Redis on 6379 is shared by other tests.
 */
export interface PrivateRedis {
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** How many keys the server holds (DBSIZE): this server is the test's alone. */
  keyCount(): Promise<number>;
  destroy(): Promise<void>;
}

/** Sends one inline command and resolves with the first reply line. */
function command(port: number, line: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1_000, () => socket.destroy(new Error(`Redis on ${port}: no reply to ${line}`)));
    socket.once('error', reject);
    socket.once('connect', () => socket.write(`${line}\r\n`));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().split('\r\n')[0]!);
    });
  });
}

/**
 * The redis-server program, or null when it is not installed: the tests that need one
 * are then skipped, loudly, except in CI (BLMK_REQUIRE_REDIS=1), where that fails.
 */
export function redisServerBinary(): string | null {
  try {
    const found = execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim();
    if (found) return found;
  } catch {
    // not installed
  }
  if (process.env.BLMK_REQUIRE_REDIS === '1') throw new Error('redis-server is required (BLMK_REQUIRE_REDIS=1) but is not on PATH.');
  console.warn('redis-server is not on PATH: the tests that stop a Redis of their own are SKIPPED.');
  return null;
}

export async function startPrivateRedis(binary = 'redis-server'): Promise<PrivateRedis> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'blmk-redis-'));
  const port = await freePort();
  let service: RunningService | undefined;
  const redis: PrivateRedis = {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      if (service) return;
      service = startService({
        name: 'redis',
        command: binary,
        args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
        cwd: dir,
        env: { PATH: process.env.PATH },
        logFile: path.join(dir, 'redis.log'),
      });
      await waitFor(`Redis on ${port}`, () => redisAnswers(`redis://127.0.0.1:${port}`), 10_000);
    },
    async stop() {
      await service?.stop();
      service = undefined;
    },
    async keyCount() {
      const reply = await command(port, 'DBSIZE');
      if (!reply.startsWith(':')) throw new Error(`Redis DBSIZE answered ${reply}`);
      return Number(reply.slice(1));
    },
    async destroy() {
      await redis.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
  await redis.start();
  return redis;
}
