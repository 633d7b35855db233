/**
 * `npm start`: sets up what is missing, imports the seed content and runs the CMS
 * (:1337) and the site (:3000) in development mode until Ctrl-C.
 * scripts/run.sh has already put Node 24 and pnpm on PATH and installed the workspace.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ensureCmsEnvFile, readCmsEnvValue } from './lib/cms-env.ts';
import { assertPortFree } from './lib/ports.ts';
import { CMS_DIR, REPO_ROOT, WEB_DIR } from './lib/paths.ts';
import { prefixLines } from './lib/prefix-lines.ts';

const CMS_PORT = Number(process.env.CMS_PORT ?? 1337);
const WEB_PORT = Number(process.env.WEB_PORT ?? 3000);
const admin = {
  email: process.env.ADMIN_EMAIL ?? 'admin@blmk.local',
  password: process.env.ADMIN_PASSWORD ?? 'Blmk-admin-2026',
};

function run(name: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  prefixLines(child.stdout, process.stdout, name);
  prefixLines(child.stderr, process.stderr, name);
  return child;
}

function runToEnd(name: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = run(name, args, cwd, env);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} failed (exit code ${code}).`))));
  });
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  while (child.exitCode === null) {
    const answered = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.status < 500,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function main(): Promise<void> {
  await assertPortFree(CMS_PORT, 'CMS_PORT');
  await assertPortFree(WEB_PORT, 'WEB_PORT');
  const created = await ensureCmsEnvFile();
  if (created) console.log(`Created ${path.relative(REPO_ROOT, created)} with fresh secrets.`);

  console.log(
    [
      '',
      'First admin user (created on the first run only; set ADMIN_EMAIL / ADMIN_PASSWORD to choose):',
      `  e-mail:   ${admin.email}`,
      `  password: ${admin.password}`,
      '',
    ].join('\n'),
  );

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(CMS_PORT),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    STRAPI_TELEMETRY_DISABLED: 'true',
    // Where the CMS sends its cache purge webhook and points the admin's Preview.
    SITE_URL: `http://localhost:${WEB_PORT}`,
  };
  // The site shares the webhook and preview secrets of cms/.env.
  const sharedSecrets = {
    NUXT_SITE_WEBHOOK_SECRET: await readCmsEnvValue('SITE_WEBHOOK_SECRET'),
    NUXT_PREVIEW_SECRET: await readCmsEnvValue('PREVIEW_SECRET'),
  };
  await runToEnd('seed', [path.join(REPO_ROOT, 'scripts', 'seed', 'cli.ts')], REPO_ROOT, env);

  const strapiBin = path.join(REPO_ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
  const nuxtBin = path.join(REPO_ROOT, 'node_modules', 'nuxt', 'bin', 'nuxt.mjs');
  const cms = run('cms', [strapiBin, 'develop'], CMS_DIR, env);
  const web = run('web', [nuxtBin, 'dev', '--port', String(WEB_PORT)], WEB_DIR, {
    ...process.env,
    NUXT_STRAPI_URL: `http://127.0.0.1:${CMS_PORT}`,
    NUXT_PUBLIC_SITE_URL: `http://localhost:${WEB_PORT}`,
    ...Object.fromEntries(Object.entries(sharedSecrets).filter(([, value]) => value !== undefined)),
  });
  const children = [cms, web];

  let stopping = false;
  const stopAll = (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode === null ? child.on('exit', resolve) : resolve(null))))).then(
      () => process.exit(exitCode),
    );
    setTimeout(() => process.exit(exitCode), 10_000).unref();
  };
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
  for (const [name, child] of [['CMS', cms], ['site', web]] as const) {
    child.on('exit', (code) => {
      if (!stopping) {
        console.error(`The ${name} stopped (exit code ${code}); stopping the rest.`);
        stopAll(code || 1);
      }
    });
  }

  // Ask the site for a page only once the CMS answers, so the first render has content.
  await waitFor(`http://127.0.0.1:${CMS_PORT}/_health`, cms);
  await waitFor(`http://127.0.0.1:${WEB_PORT}/`, web);
  if (!stopping) {
    console.log(
      [
        '',
        `  Site:  http://localhost:${WEB_PORT}`,
        `  Admin: http://localhost:${CMS_PORT}/admin  (${admin.email})`,
        '  Ctrl-C stops both.',
        '',
      ].join('\n'),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
