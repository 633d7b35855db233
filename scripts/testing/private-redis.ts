import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../lib/ports.ts';
import { startService, type RunningService } from './processes.ts';
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

function pong(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
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
      await waitFor(`Redis on ${port}`, () => pong(port), 10_000);
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
