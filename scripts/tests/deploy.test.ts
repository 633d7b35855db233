/**
 * The production files (docker-compose.yml, cms/Dockerfile, web/Dockerfile,
 * .dockerignore) checked against the code they deploy. No Docker engine runs where the
 * tests do, so this reads them: every variable the apps read is set (or has a safe
 * default), no secret has a default, health checks ask real routes on the real ports,
 * the images build with the packages' own scripts and run as a non-root user.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../lib/paths.ts';
import { envVariablesRead, execForm, isIgnored, nuxtEnvNames, parseDockerfile, parseDockerignore, SECRET_NAME, type Stage } from './deploy-parse.ts';

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string; target?: string };
  environment?: Record<string, string | number | boolean>;
  depends_on?: Record<string, { condition: string }> | string[];
  healthcheck?: { test: string[] };
  restart?: string;
  volumes?: string[];
  ports?: string[];
  profiles?: string[];
}

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');
const composeText = read('docker-compose.yml');
const compose = parse(composeText) as { services: Record<string, Service>; volumes?: Record<string, unknown> };
const services = compose.services;
/** The override that moves uploads to S3-compatible storage (docker-compose.s3.yml). */
const s3Text = read('docker-compose.s3.yml');
const s3Services = (parse(s3Text) as { services: Record<string, Service> }).services;
const packageJson = (dir: string) => JSON.parse(read(`${dir}/package.json`)) as { name: string; scripts?: Record<string, string>; packageManager?: string };

function service(name: string): Service {
  const found = services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}
function envOf(found: Service | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(found?.environment ?? {}).map(([key, value]) => [key, String(value)]));
}
function env(name: string): Record<string, string> {
  return envOf(service(name));
}
/** What docker-compose.s3.yml adds to a service's environment. */
const s3Env = (name: string) => envOf(s3Services[name]);
/** A value that is exactly one required interpolation: ${VAR:?message}. */
const REQUIRED_ONLY = /^\$\{([A-Z][A-Z0-9_]*):\?[^}]+\}$/;

/** Variables compose may leave unset because the app's default is right in production (and is no secret). */
const CMS_APP_DEFAULTS: Record<string, string> = {
  HOST: '0.0.0.0 (config/server.ts): every interface of the container',
  PORT: '1337 (config/server.ts)',
  NODE_ENV: 'production, set by cms/Dockerfile',
  DATABASE_FILENAME: 'SQLite only; compose runs PostgreSQL',
  DATABASE_HOST: 'DATABASE_URL is set',
  DATABASE_PORT: 'DATABASE_URL is set',
  DATABASE_NAME: 'DATABASE_URL is set',
  DATABASE_USERNAME: 'DATABASE_URL is set',
  DATABASE_SCHEMA: 'public',
  DATABASE_SSL: 'false: PostgreSQL is on the compose network',
  DATABASE_SSL_REJECT_UNAUTHORIZED: 'only with DATABASE_SSL',
  DATABASE_CONNECTION_TIMEOUT: '60 s',
  DATABASE_POOL_MIN: '0',
  DATABASE_POOL_MAX: '10',
  SERVE_ADMIN_PANEL: 'true: the image builds the admin',
  FLAG_DOC_LINKS: 'true',
  WEBHOOKS_POPULATE_RELATIONS: 'false',
  SCHEDULER_INTERVAL_MS: '15 s',
  VACANCY_GRACE_DAYS: '14',
  NEWSLETTER_BATCH_SIZE: '50',
  NEWSLETTER_BATCH_PAUSE_MS: '1000',
  NEWSLETTER_SUBSCRIBE_LIMIT: '20',
  BLMK_DEMO_USERS: 'unset: no demo users in production',
  BLMK_SEED_IMPORT: 'set by the seed import itself',
  ADMIN_FIRSTNAME: 'first admin only, unused without ADMIN_EMAIL',
  ADMIN_LASTNAME: 'first admin only, unused without ADMIN_EMAIL',
  CORS_ORIGINS: 'the origins of SITE_URL and PUBLIC_URL (cms/src/hardening/cors.ts)',
  UPLOAD_MAX_FILE_SIZE_MB: '20',
  BODY_JSON_LIMIT: '1mb',
  BODY_FORM_LIMIT: '256kb',
  BODY_TEXT_LIMIT: '256kb',
  RATE_LIMIT_LOGIN: '20 per window',
  RATE_LIMIT_LOGIN_WINDOW_S: '900',
  RATE_LIMIT_PUBLIC_WRITES: '60 per window',
  RATE_LIMIT_PUBLIC_WINDOW_S: '600',
  RATE_LIMIT_REDIS_PREFIX: 'blmk:cms:rate:',
};
/**
 * Secrets deliberately not passed. DATABASE_PASSWORD: DATABASE_URL carries it. ADMIN_*:
 * an admin password kept in the environment for ever; the first admin registers at
 * /admin on the first start instead (README "Production").
 */
const CMS_NOT_PASSED = ['DATABASE_PASSWORD', 'ADMIN_EMAIL', 'ADMIN_PASSWORD'];

const WEB_APP_DEFAULTS: Record<string, string> = {
  NUXT_REDIS_CACHE_PREFIX: 'blmk-site (nuxt.config.ts)',
  NUXT_MEDIA_ORIGIN: "'': media comes through the site; docker-compose.s3.yml sets it",
  NUXT_RATE_LIMIT_NEWSLETTER: '30 form posts per window per reader (nuxt.config.ts)',
  NUXT_RATE_LIMIT_NEWSLETTER_WINDOW_S: '600',
  NUXT_RATE_LIMIT_SEARCH: '120 searches per window per reader',
  NUXT_RATE_LIMIT_SEARCH_WINDOW_S: '60',
};

describe('.dockerignore', () => {
  const rules = parseDockerignore(read('.dockerignore'));
  it.each([
    '.env',
    'cms/.env',
    'web/.env.production',
    'cms/.tmp/data.db',
    '.tmp/cache',
    'cms/data.db',
    'cms/.tmp/data.db-wal',
    'data.sqlite3',
    'cms/public/uploads/photo_abc123.jpg',
    'node_modules/vitest/package.json',
    'cms/node_modules/.bin/strapi',
    'web/.output/server/index.mjs',
    'web/.nuxt/nuxt.d.ts',
    'web/.data/content/contents.sqlite',
    'cms/dist/src/index.js',
    'cms/build/index.html',
    'shared-types/dist/cjs/index.js',
    '.toolchain/node/bin/node',
    '.git/HEAD',
    'bench-results/search.json',
    'scripts/bench/results/search.json',
    'coverage/index.html',
    'web/test-results/x.png',
    'cms/strapi.log',
  ])('leaves out %s', (file) => {
    expect(isIgnored(rules, file)).toBe(true);
  });
  it.each(['.env.example', 'cms/.env.example', 'cms/src/index.ts', 'cms/config/database.ts', 'web/nuxt.config.ts', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'cms/public/robots.txt', 'scripts/seed/cli.ts'])(
    'keeps %s',
    (file) => {
      expect(isIgnored(rules, file)).toBe(false);
    },
  );
});

describe('docker-compose.yml', () => {
  const runtime = ['postgres', 'redis', 'cms', 'web'];

  it('runs PostgreSQL, Redis, the CMS and the site, each restarted and health-checked', () => {
    for (const name of runtime) {
      expect(service(name).restart, name).toBe('unless-stopped');
      expect(service(name).healthcheck?.test.length, `${name} healthcheck`).toBeGreaterThan(0);
    }
  });

  it('starts each service after what it needs is healthy', () => {
    expect(service('cms').depends_on).toMatchObject({ postgres: { condition: 'service_healthy' } });
    expect(service('web').depends_on).toMatchObject({ cms: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } });
  });

  it('keeps the database and the uploads in named volumes', () => {
    const named = Object.keys(compose.volumes ?? {});
    const volumeFor = (name: string, target: string) => service(name).volumes?.find((volume) => volume.endsWith(`:${target}`))?.split(':')[0];
    expect(named).toContain(volumeFor('postgres', '/var/lib/postgresql/data'));
    expect(named).toContain(volumeFor('cms', '/app/public/uploads'));
  });

  it('gives no secret a default: each is ${VAR:?message}', () => {
    for (const text of [composeText, s3Text]) {
      for (const match of text.matchAll(/\$\{([A-Z][A-Z0-9_]*)([^}]*)\}/g)) {
        if (SECRET_NAME.test(match[1]!)) expect(match[2], `\${${match[1]}${match[2]}}`).toMatch(/^:\?./);
      }
    }
    for (const [name, found] of [...Object.entries(services), ...Object.entries(s3Services)]) {
      for (const [key, value] of Object.entries(envOf(found))) {
        if (SECRET_NAME.test(key)) expect(value, `${name}: ${key}`).toMatch(REQUIRED_ONLY);
      }
    }
  });

  it('sets every variable the CMS reads, or leaves it to a safe default', () => {
    const read = envVariablesRead([path.join(REPO_ROOT, 'cms', 'config'), path.join(REPO_ROOT, 'cms', 'src')]);
    // The scan must find what we know is there, or it proves nothing.
    for (const known of ['APP_KEYS', 'SITE_URL', 'SITE_WEBHOOK_SECRET', 'SCHEDULER_INTERVAL_MS', 'NEWSLETTER_BATCH_SIZE', 'ADMIN_EMAIL']) expect([...read.keys()]).toContain(known);
    const given = { ...env('cms'), ...s3Env('cms') };
    const unset = [...read.keys()].filter((name) => !(name in given) && !(name in CMS_APP_DEFAULTS) && !CMS_NOT_PASSED.includes(name));
    expect(unset, 'read by the CMS, not set in compose').toEqual([]);
    const stale = Object.keys(CMS_APP_DEFAULTS).filter((name) => !read.has(name));
    expect(stale, 'listed as defaults but no longer read').toEqual([]);
    for (const name of Object.keys(CMS_APP_DEFAULTS)) expect(SECRET_NAME.test(name), `${name} is a secret`).toBe(false);
    for (const name of CMS_NOT_PASSED) expect(given[name], name).toBeUndefined();
  });

  it('moves uploads to S3-compatible storage with docker-compose.s3.yml, telling the site where media is', () => {
    const read = envVariablesRead([path.join(REPO_ROOT, 'cms', 'src', 'uploads')]);
    const storageVariables = [...read.keys()];
    expect(storageVariables).toEqual(expect.arrayContaining(['UPLOAD_PROVIDER', 'S3_BUCKET', 'S3_PUBLIC_URL', 'S3_SECRET_ACCESS_KEY']));
    const cms = s3Env('cms');
    expect(Object.keys(cms).sort()).toEqual(storageVariables.sort());
    expect(cms.UPLOAD_PROVIDER).toBe('s3');
    for (const name of ['S3_BUCKET', 'S3_REGION', 'S3_PUBLIC_URL']) expect(cms[name], name).toMatch(REQUIRED_ONLY);
    // The local setup leaves storage to the default (local disk): none of it in docker-compose.yml.
    for (const name of storageVariables) expect(env('cms')[name], name).toBeUndefined();
    expect(Object.keys(s3Services).sort()).toEqual(['cms', 'web']);
    expect(s3Env('web')).toEqual({ NUXT_MEDIA_ORIGIN: cms.S3_PUBLIC_URL });
  });

  it('points the CMS at PostgreSQL, the webhook at the site inside the network, the links at the public site', () => {
    const cms = env('cms');
    expect(cms.DATABASE_CLIENT).toBe('postgres');
    expect(cms.DATABASE_URL).toMatch(/^postgres:\/\/\w+:\$\{POSTGRES_PASSWORD:\?[^}]+\}@postgres:5432\/\w+$/);
    expect(cms.SITE_WEBHOOK_URL).toBe(`http://web:${webPort()}`);
    expect(cms.SITE_URL).toMatch(REQUIRED_ONLY);
    expect(cms.PUBLIC_URL).toMatch(REQUIRED_ONLY);
    expect(cms.IS_PROXIED).toBe('true');
  });

  describe('the site', () => {
    let names: string[] = [];
    beforeAll(async () => {
      // nuxt.config.ts calls Nuxt's auto-imported defineNuxtConfig: give it the identity.
      (globalThis as { defineNuxtConfig?: (config: unknown) => unknown }).defineNuxtConfig = (config) => config;
      const config = (await import(pathToFileURL(path.join(REPO_ROOT, 'web', 'nuxt.config.ts')).href)) as { default: { runtimeConfig: Record<string, unknown> } };
      names = nuxtEnvNames(config.default.runtimeConfig);
    });

    it('sets every runtimeConfig key of the site, or leaves it to a safe default', () => {
      expect(names).toEqual(expect.arrayContaining(['NUXT_STRAPI_URL', 'NUXT_PUBLIC_SITE_URL', 'NUXT_SITE_WEBHOOK_SECRET']));
      const given = env('web');
      expect(names.filter((name) => !(name in given) && !(name in WEB_APP_DEFAULTS))).toEqual([]);
      expect(given.NUXT_STRAPI_URL).toBe(`http://cms:${cmsPort()}`);
      expect(given.NUXT_REDIS_URL).toBe('redis://redis:6379');
    });

    it('shares the webhook and preview secrets and the public address with the CMS', () => {
      const cms = env('cms');
      const web = env('web');
      expect(web.NUXT_SITE_WEBHOOK_SECRET).toBe(cms.SITE_WEBHOOK_SECRET);
      expect(web.NUXT_PREVIEW_SECRET).toBe(cms.PREVIEW_SECRET);
      expect(web.NUXT_PUBLIC_SITE_URL).toBe(cms.SITE_URL);
      expect(web.NUXT_CMS_PREVIEW_TOKEN).toMatch(REQUIRED_ONLY);
    });
  });

  it('publishes and health-checks the ports the apps listen on', () => {
    expect(service('cms').ports).toContain(`1337:${cmsPort()}`);
    expect(service('web').ports).toContain(`3000:${webPort()}`);
    expectHealthCommand(service('cms').healthcheck!.test.join(' '), cmsPort(), CMS_HEALTH);
    expectHealthCommand(service('web').healthcheck!.test.join(' '), webPort(), WEB_HEALTH);
  });

  it('runs the seed import from the build stage, which has the scripts', () => {
    expect(service('seed').profiles).toEqual(['tools']);
    expect(service('seed').build).toMatchObject({ dockerfile: 'cms/Dockerfile', target: 'build' });
    expect(stagesOf('cms/Dockerfile').some((stage) => stage.name === 'build')).toBe(true);
  });
});

// ---- Ports and health routes --------------------------------------------------------

/** Strapi's own liveness route; the test harness waits on it too. */
const CMS_HEALTH = '/_health';
/** The site's own health route (web/server/routes/_health.get.ts): 200 while it can serve, even with the CMS down. */
const WEB_HEALTH = '/_health';

function cmsPort(): number {
  const fromCompose = env('cms').PORT;
  const fromConfig = /env\.int\('PORT', (\d+)\)/.exec(read('cms/config/server.ts'))?.[1];
  return Number(fromCompose ?? fromConfig);
}
function webPort(): number {
  const fromCompose = env('web').PORT;
  const envLine = finalStage('web/Dockerfile').instructions.find((instruction) => instruction.op === 'ENV' && /\bPORT=\d+/.test(instruction.args));
  return Number(fromCompose ?? /\bPORT=(\d+)/.exec(envLine?.args ?? '')?.[1]);
}

function expectHealthCommand(command: string, port: number, route: string): void {
  // The slim Node image has neither curl nor wget: the check must use node.
  expect(command).toMatch(/\bnode\b/);
  expect(command).not.toMatch(/\b(curl|wget)\b/);
  expect(command).toContain(`http://127.0.0.1:${port}${route}`);
}

it('the health routes exist', () => {
  expect(read('scripts/testing/cms-server.ts')).toContain(`/_health`);
  // Nitro maps server/routes/<path>.get.ts to GET /<path>: the route the health checks ask must be a file there.
  expect(existsSync(path.join(REPO_ROOT, 'web', 'server', 'routes', `${WEB_HEALTH.slice(1)}.get.ts`))).toBe(true);
});

// ---- Dockerfiles -------------------------------------------------------------------------

function stagesOf(file: string): Stage[] {
  return parseDockerfile(read(file));
}
function finalStage(file: string): Stage {
  return stagesOf(file).at(-1)!;
}
const runs = (stage: Stage) => stage.instructions.filter((instruction) => instruction.op === 'RUN').map((instruction) => instruction.args);

describe.each([
  { file: 'cms/Dockerfile', dir: 'cms', port: () => cmsPort(), route: CMS_HEALTH },
  { file: 'web/Dockerfile', dir: 'web', port: () => webPort(), route: WEB_HEALTH },
])('$file', ({ file, dir, port, route }) => {
  const stages = stagesOf(file);
  const last = stages.at(-1)!;
  const pkg = packageJson(dir);
  const pnpmVersion = packageJson('.').packageManager!;

  it('is multi-stage on Node 24 slim', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const stageNames = stages.map((stage) => stage.name);
    for (const stage of stages) if (!stageNames.includes(stage.from)) expect(stage.from).toBe('node:24-bookworm-slim');
  });

  it('installs from the lockfile with the pnpm of packageManager, and builds with the package build script', () => {
    const build = stages.slice(0, -1).flatMap(runs).join('\n');
    expect(build).toContain(pnpmVersion.replace('pnpm@', 'pnpm@'));
    expect(build).toMatch(/pnpm install --frozen-lockfile/);
    expect(build).not.toMatch(/--ignore-scripts/);
    expect(pkg.scripts?.build).toBeDefined();
    expect(build).toContain(`pnpm --filter ${pkg.name} run build`);
  });

  it('runs as the unprivileged node user, with a health check and no install', () => {
    const users = last.instructions.filter((instruction) => instruction.op === 'USER');
    expect(users.at(-1)?.args).toBe('node');
    const health = last.instructions.find((instruction) => instruction.op === 'HEALTHCHECK');
    expect(health).toBeDefined();
    expectHealthCommand(health!.args, port(), route);
    expect(runs(last).join('\n')).not.toMatch(/\b(npm|pnpm|yarn)\b.*\b(install|add|ci)\b/);
    const exposed = last.instructions.find((instruction) => instruction.op === 'EXPOSE');
    expect(Number(exposed?.args)).toBe(port());
  });
});

describe('cms/Dockerfile runtime', () => {
  const stages = stagesOf('cms/Dockerfile');
  const last = stages.at(-1)!;

  it('gets production dependencies only, from pnpm deploy --prod', () => {
    expect(stages.slice(0, -1).flatMap(runs).join('\n')).toMatch(/pnpm --filter @blmk\/cms --prod [^\n]*deploy /);
  });

  it('starts with the package start script', () => {
    const start = packageJson('cms').scripts!.start!.split(' ');
    const cmd = execForm(last.instructions.find((instruction) => instruction.op === 'CMD')!.args);
    // The start script's binary, resolved through @strapi/strapi's bin field, then its arguments.
    const strapiPkg = JSON.parse(read('node_modules/@strapi/strapi/package.json')) as { name: string; bin: string | Record<string, string> };
    const binField = typeof strapiPkg.bin === 'string' ? strapiPkg.bin : strapiPkg.bin[start[0]!];
    expect(binField, `${strapiPkg.name} has no ${start[0]} binary`).toBeDefined();
    const bin = path.posix.join('node_modules/@strapi/strapi', binField!);
    expect(cmd).toEqual(['node', bin, ...start.slice(1)]);
  });
});

describe('web/Dockerfile runtime', () => {
  const last = finalStage('web/Dockerfile');
  it('carries only the built server and starts it as the test harness does', () => {
    const copies = last.instructions.filter((instruction) => instruction.op === 'COPY').map((instruction) => instruction.args);
    expect(copies).toEqual([expect.stringMatching(/--from=build\s.*\/app\/web\/\.output \.output$/)]);
    expect(read('scripts/testing/web-server.ts')).toContain(`'.output', 'server', 'index.mjs'`);
    expect(execForm(last.instructions.find((instruction) => instruction.op === 'CMD')!.args)).toEqual(['node', '.output/server/index.mjs']);
  });
});

describe('.env.example', () => {
  const example = read('.env.example');
  const documented = new Set([...example.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((match) => match[1]!));

  it('documents every variable docker-compose.yml reads', () => {
    const used = new Set([...composeText.matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((match) => match[1]!));
    expect([...used].filter((name) => !documented.has(name))).toEqual([]);
    expect([...documented].filter((name) => !used.has(name))).toEqual([]);
  });

  it('leaves every secret empty', () => {
    for (const match of example.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)) {
      if (SECRET_NAME.test(match[1]!)) expect(match[2], match[1]).toBe('');
    }
  });
});
