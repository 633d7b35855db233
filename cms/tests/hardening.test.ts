import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CMS_DIR, REPO_ROOT } from '../../scripts/lib/paths.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { adminLogin, type AdminSession } from '../../scripts/testing/admin-api.ts';
import { ensureCmsCompiled, startTestCms, TEST_ADMIN, type TestCms } from '../../scripts/testing/cms-server.ts';
import { createTestDatabase, type TestDatabase } from '../../scripts/testing/databases.ts';
import { testRedisUrl } from '../../scripts/testing/redis.ts';

const STRAPI_BIN = path.join(REPO_ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const secret = () => randomBytes(18).toString('base64');

/** Runs `strapi start` to its exit (or kills it after `timeoutMs`); returns its code and output. */
function runStrapiStart(env: NodeJS.ProcessEnv, timeoutMs = 90_000): Promise<{ code: number | null; output: string; listened: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [STRAPI_BIN, 'start'], { cwd: CMS_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, listened: /Strapi started successfully|To access the server/.test(output) });
    });
  });
}

describe('secrets check at start', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    await ensureCmsCompiled();
    database = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await database?.drop();
  });

  test('production with weak secrets exits non-zero before listening, naming every offender and no value', async () => {
    const port = await freePort();
    const result = await runStrapiStart({
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ENV_PATH: '/dev/null',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      SERVE_ADMIN_PANEL: 'false',
      STRAPI_TELEMETRY_DISABLED: 'true',
      APP_KEYS: `${secret()},toBeModified2`,
      API_TOKEN_SALT: 'tobemodified',
      ADMIN_JWT_SECRET: secret(),
      TRANSFER_TOKEN_SALT: 'short-salt',
      JWT_SECRET: secret(),
      ENCRYPTION_KEY: secret(),
      NEWSLETTER_SECRET: 'changeme',
      ...database.env,
    });
    expect(result.code, result.output).not.toBe(0);
    expect(result.code, result.output).not.toBeNull();
    expect(result.listened).toBe(false);
    expect(result.output).toContain('Refusing to start in production');
    for (const name of ['APP_KEYS', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'NEWSLETTER_SECRET']) expect(result.output).toContain(name);
    for (const name of ['ADMIN_JWT_SECRET (', 'JWT_SECRET (', 'ENCRYPTION_KEY (']) expect(result.output).not.toContain(name);
    expect(result.output).not.toContain('short-salt');
  });
});

const SITE = 'http://site.test:3000';

describe('CORS, body and upload limits on a running CMS', () => {
  let cms: TestCms;
  let admin: AdminSession;

  beforeAll(async () => {
    cms = await startTestCms({
      database: 'sqlite',
      seed: false,
      env: { SITE_URL: SITE, NEWSLETTER_SECRET: secret(), NEWSLETTER_SUBSCRIBE_LIMIT: '0', BODY_JSON_LIMIT: '64kb', UPLOAD_MAX_FILE_SIZE_MB: '1' },
    });
    admin = await adminLogin(cms.url);
  });
  afterAll(async () => {
    await cms?.destroy();
  });

  const preflight = (origin: string) =>
    fetch(`${cms.url}/admin/login`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

  test('the site and the admin origins may read answers with credentials', async () => {
    for (const origin of [SITE, cms.url]) {
      const response = await preflight(origin);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
      const read = await fetch(`${cms.url}/api/newsletter/preferences`, { headers: { origin } });
      expect(read.headers.get('access-control-allow-origin')).toBe(origin);
    }
  });

  test('any other origin gets no CORS headers at all', async () => {
    for (const origin of ['https://evil.example', 'http://site.test:3001', 'null']) {
      const response = await preflight(origin);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      const read = await fetch(`${cms.url}/api/newsletter/preferences`, { headers: { origin } });
      expect(read.headers.get('access-control-allow-origin')).toBeNull();
      expect(read.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  test('server-to-server calls (no Origin, as the site makes them) still work', async () => {
    const response = await fetch(`${cms.url}/api/newsletter/preferences`);
    expect(response.status).toBe(400);
    expect((await response.json()) as unknown).toMatchObject({ error: { status: 400 } });
  });

  async function subscriberCount(): Promise<number> {
    const list = await admin.request<{ pagination: { total: number } }>('GET', '/content-manager/collection-types/api::subscriber.subscriber');
    expect(list.status).toBe(200);
    return list.body.pagination.total;
  }

  test('a JSON body over BODY_JSON_LIMIT gets 413 and stores nothing', async () => {
    const post = (body: unknown) =>
      fetch(`${cms.url}/api/newsletter/subscribe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const before = await subscriberCount();
    const oversized = await post({ email: 'big@blmk.test', topics: ['briefs'], padding: 'x'.repeat(100 * 1024) });
    expect(oversized.status).toBe(413);
    expect(await subscriberCount()).toBe(before);
    // Under the limit the same endpoint answers on the content (here: an unknown field is refused or ignored, never 413).
    const small = await post({ email: 'not an address', topics: ['briefs'], padding: 'x'.repeat(10 * 1024) });
    expect(small.status).toBe(400);
  });

  async function upload(name: string, type: string, bytes: Buffer): Promise<Response> {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
    return fetch(`${cms.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` }, body: form });
  }

  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

  test('the admin upload API takes an image and a PDF but refuses HTML, executables, video and files over UPLOAD_MAX_FILE_SIZE_MB', async () => {
    expect((await upload('dot.png', 'image/png', PNG)).status).toBe(201);
    const html = await upload('page.html', 'text/html', Buffer.from('<script>alert(1)</script>'));
    expect(html.status).toBe(400);
    expect(await html.text()).toContain("File type 'text/html' is not allowed");
    // A Windows executable's magic bytes, whatever name and type it claims.
    const exe = await upload('setup.exe', 'application/octet-stream', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512)]));
    expect(exe.status).toBe(400);
    expect(await exe.text()).toMatch(/File type '[^']+' is not allowed/);
    const video = await upload('clip.mp4', 'video/mp4', Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.alloc(64)]));
    expect(video.status).toBe(400);
    const pdf = await upload('report.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'));
    expect(pdf.status).toBe(201);
    const large = await upload('large.png', 'image/png', Buffer.concat([PNG, Buffer.alloc(1024 * 1024 + 1)]));
    expect(large.status).toBe(413);
    const files = await admin.request<{ results: Array<{ name: string }> }>('GET', '/upload/files');
    expect(files.body.results.map((file) => file.name).sort()).toEqual(['dot.png', 'report.pdf']);
  });
});

const redisUrl = await testRedisUrl();

describe.skipIf(!redisUrl)('rate limits shared through Redis by two CMS instances', () => {
  const prefix = `blmk:test:cms-rate:${randomBytes(4).toString('hex')}:`;
  const LIMIT = 3;
  let first: TestCms;
  let second: TestCms;
  let redis: Redis;

  beforeAll(async () => {
    redis = new Redis(redisUrl!);
    const env = {
      REDIS_URL: redisUrl!,
      RATE_LIMIT_REDIS_PREFIX: prefix,
      RATE_LIMIT_LOGIN: String(LIMIT),
      NEWSLETTER_SUBSCRIBE_LIMIT: '2',
      NEWSLETTER_SECRET: secret(),
      // As behind the site or a proxy: the reader's address comes from X-Forwarded-For.
      IS_PROXIED: 'true',
    };
    [first, second] = await Promise.all([startTestCms({ seed: false, env }), startTestCms({ seed: false, env })]);
  });
  afterAll(async () => {
    await Promise.all([first?.destroy(), second?.destroy()]);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  const login = (cms: TestCms, ip: string) =>
    fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ email: 'nobody@blmk.test', password: 'wrong-password-1' }),
    });

  test('admin login: the limit counts across both instances, then 429 with Retry-After', async () => {
    const ip = '198.51.100.7';
    const statuses = [];
    for (const cms of [first, second, first]) statuses.push((await login(cms, ip)).status);
    expect(statuses.every((status) => status === 400 || status === 401)).toBe(true);
    expect(await redis.get(`${prefix}login:${ip}`)).toBe(String(LIMIT));
    const ttl = await redis.pttl(`${prefix}login:${ip}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(15 * 60 * 1000);

    const refused = await login(second, ip);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(((await refused.json()) as { error: { status: number } }).error.status).toBe(429);
    // A real admin from another address is not locked out.
    expect((await fetch(`${first.url}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.8' }, body: JSON.stringify(TEST_ADMIN) })).status).toBe(200);
  });

  test('newsletter subscribe: NEWSLETTER_SUBSCRIBE_LIMIT per address across instances', async () => {
    const subscribe = (cms: TestCms, ip: string) =>
      fetch(`${cms.url}/api/newsletter/subscribe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
        body: JSON.stringify({ email: 'not an address', topics: ['briefs'] }),
      });
    expect((await subscribe(first, '203.0.113.9')).status).toBe(400);
    expect((await subscribe(second, '203.0.113.9')).status).toBe(400);
    const refused = await subscribe(first, '203.0.113.9');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await subscribe(second, '203.0.113.10')).status).toBe(400);
  });
});
