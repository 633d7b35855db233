import { mkdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const STALE_AFTER_MS = 10 * 60_000;

/**
 * Runs `work` while holding a lock shared by every process on this machine
 * (mkdir is atomic), so parallel test files build the CMS or the site once.
 */
export async function withFileLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const lockDir = path.join(os.tmpdir(), `blmk-lock-${name}`);
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (await stat(lockDir).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > STALE_AFTER_MS) await rm(lockDir, { recursive: true, force: true });
      await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}
