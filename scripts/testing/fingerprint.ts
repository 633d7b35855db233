import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.nuxt', '.output', '.data', '.tmp', '.cache']);

async function* filesUnder(target: string): AsyncGenerator<string> {
  const info = await stat(target).catch(() => undefined);
  if (!info) return;
  if (info.isFile()) {
    yield target;
    return;
  }
  const entries = await readdir(target, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.isDirectory() && SKIPPED_DIRS.has(entry.name)) continue;
    yield* filesUnder(path.join(target, entry.name));
  }
}

/** A hash of the contents of every file under `sources`: what a build was made from. */
export async function fingerprintOf(sources: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const source of sources) {
    for await (const file of filesUnder(source)) {
      hash.update(file).update('\0').update(await readFile(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

/**
 * Runs `build` unless `stampFile` records the same fingerprint of `sources`,
 * so a test run rebuilds only what changed since the last one.
 */
export async function buildIfChanged(
  sources: string[],
  stampFile: string,
  build: () => Promise<void>,
): Promise<void> {
  const fingerprint = await fingerprintOf(sources);
  const previous = await readFile(stampFile, 'utf8').catch(() => '');
  if (previous === fingerprint) return;
  await build();
  await writeFile(stampFile, fingerprint);
}
