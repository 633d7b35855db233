import path from 'node:path';
import { buildIfChanged } from '../testing/fingerprint.ts';
import { withFileLock } from '../testing/file-lock.ts';
import { runCommand } from '../testing/processes.ts';
import { REPO_ROOT } from './paths.ts';

const PACKAGE_DIR = path.join(REPO_ROOT, 'shared-types');

/**
 * Builds @blmk/shared-types' CommonJS output (dist/cjs), which the CMS requires at run
 * time, when its sources changed since the last build: `pnpm install` builds it once,
 * this keeps it in step while the sources are edited. Shared by parallel test files.
 */
export function ensureSharedTypesBuilt(): Promise<void> {
  const sources = ['src', 'build', 'tsconfig.json', 'tsconfig.build.json', 'package.json'].map((part) => path.join(PACKAGE_DIR, part));
  return withFileLock('shared-types-build', () =>
    buildIfChanged(sources, path.join(PACKAGE_DIR, 'dist', '.blmk-fingerprint'), async () => {
      await runCommand(process.execPath, [path.join(PACKAGE_DIR, 'build', 'build-cjs.ts')], { cwd: PACKAGE_DIR });
    }),
  );
}
