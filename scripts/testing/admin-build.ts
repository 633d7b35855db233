import path from 'node:path';
import { CMS_DIR, REPO_ROOT } from '../lib/paths.ts';
import { ensureCmsCompiled } from './cms-server.ts';
import { withFileLock } from './file-lock.ts';
import { buildIfChanged } from './fingerprint.ts';
import { runCommand } from './processes.ts';

/**
 * Builds the admin panel (strapi build, cms/dist/build) once per change of its
 * sources, for the browser tests. Under the CMS compile lock: strapi build also
 * compiles the server code into cms/dist, which other test files' CMSs run from.
 */
export async function ensureAdminBuilt(): Promise<void> {
  await ensureCmsCompiled();
  const sources = [path.join(CMS_DIR, 'src', 'admin'), path.join(CMS_DIR, 'config', 'admin.ts'), path.join(CMS_DIR, 'package.json')];
  await withFileLock('cms-compile', () =>
    buildIfChanged(sources, path.join(CMS_DIR, 'dist', 'build', '.blmk-fingerprint'), async () => {
      await runCommand(process.execPath, [path.join(REPO_ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'build'], {
        cwd: CMS_DIR,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', ENV_PATH: '/dev/null', STRAPI_TELEMETRY_DISABLED: 'true' },
      });
    }),
  );
}
