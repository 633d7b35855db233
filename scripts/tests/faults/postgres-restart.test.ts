/**
 * PostgreSQL restarts under a running CMS (a private server: the machine's is shared).
 * Writes go on through the admin API before, during and after the restart. The CMS must
 * reconnect by itself (same process), every write it acknowledged with a 2xx must be in
 * the database afterwards, and every write it could not make must end quickly with an
 * error answer, never hang.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin, type AdminSession } from '../../testing/admin-api.ts';
import { startTestCms, type TestCms } from '../../testing/cms-server.ts';
import { privatePostgresAvailable, startPrivatePostgres, type PrivatePostgres } from '../../testing/private-postgres.ts';
import { sleep, waitFor } from '../../testing/wait.ts';

const NEWS = '/content-manager/collection-types/api::news-item.news-item';
/** A write that takes longer than this is a hang, not a slow answer. */
const WRITE_TIMEOUT_MS = 20_000;
const AVAILABLE = privatePostgresAvailable();

interface Write {
  slug: string;
  startedAt: number;
  ms: number;
  status: number | 'no answer';
  body: string;
}

let postgres: PrivatePostgres;
let cms: TestCms;
let admin: AdminSession;

beforeAll(async () => {
  if (!AVAILABLE) return;
  postgres = await startPrivatePostgres();
  // The harness's own database is left unused: these variables point the CMS at the private server.
  cms = await startTestCms({ seed: false, env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: postgres.url } });
  admin = await adminLogin(cms.url);
}, 240_000);

afterAll(async () => {
  await cms?.destroy();
  await postgres?.destroy();
});

async function write(slug: string): Promise<Write> {
  const startedAt = Date.now();
  const data = { title: `Restart check ${slug}`, slug, summary: 'Written while PostgreSQL restarts.', storyDate: '2026-01-05' };
  try {
    const response = await fetch(`${cms.url}${NEWS}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(data),
      signal: AbortSignal.timeout(WRITE_TIMEOUT_MS),
    });
    return { slug, startedAt, ms: Date.now() - startedAt, status: response.status, body: await response.text() };
  } catch (error) {
    return { slug, startedAt, ms: Date.now() - startedAt, status: 'no answer', body: (error as Error).message };
  }
}

/** Slugs of news items stored in the private server. */
async function storedSlugs(): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string }>("SELECT slug FROM news_items WHERE slug LIKE 'restart-check-%'");
    return new Set(rows.map((row) => row.slug));
  } finally {
    await client.end();
  }
}

describe.skipIf(!AVAILABLE)('PostgreSQL restarts under the CMS', () => {
  test('the CMS reconnects by itself and keeps every write it acknowledged', async () => {
    expect((await fetch(`${cms.url}/_health`)).status).toBe(204);
    const writes: Write[] = [];
    let counter = 0;
    let writing = true;
    const writers = Array.from({ length: 3 }, async () => {
      while (writing) {
        writes.push(await write(`restart-check-${counter++}`));
        await sleep(20);
      }
    });

    await sleep(1_500);
    const downAt = Date.now();
    await postgres.stop();
    await sleep(2_000);
    await postgres.start();
    const upAt = Date.now();
    // Writes started after the server is back must succeed again, in the same CMS process.
    await waitFor('a write acknowledged after the restart', async () => writes.some((w) => w.startedAt > upAt && w.status === 201), 20_000).catch((error: Error) => {
      const since = writes.filter((w) => w.startedAt > downAt).map((w) => `+${w.startedAt - upAt} ms ${w.status} in ${w.ms} ms: ${w.body.slice(0, 200)}`);
      const log = readFileSync(cms.logFile, 'utf8').split('\n').slice(-60).join('\n');
      throw new Error(`${error.message}. Writes since the stop (time from the restart):\n${since.slice(0, 40).join('\n')}\nThe CMS log ends:\n${log}`);
    });
    await sleep(1_000);
    writing = false;
    await Promise.all(writers);

    const duringOutage = writes.filter((w) => w.startedAt >= downAt && w.startedAt < upAt);
    expect(duringOutage.length, 'writes were attempted while PostgreSQL was down').toBeGreaterThan(0);
    expect(writes.filter((w) => w.status === 'no answer'), 'every write got an answer').toEqual([]);
    expect(Math.max(...writes.map((w) => w.ms)), 'no write waited long').toBeLessThan(WRITE_TIMEOUT_MS);

    const acknowledged = writes.filter((w) => w.status === 201);
    const failed = writes.filter((w) => w.status !== 201);
    for (const failure of failed) {
      // Not a 500 or a misleading 400 (Strapi's i18n says "This locale doesn't exist"): a 503 that says why.
      expect(failure.status, `${failure.slug}: ${failure.body}`).toBe(503);
      expect(JSON.parse(failure.body).error?.message, `${failure.slug} says what went wrong`).toMatch(/database is unavailable: this change may not have been saved/);
    }
    const stored = await storedSlugs();
    expect(acknowledged.filter((w) => !stored.has(w.slug)).map((w) => w.slug), 'acknowledged writes that were lost').toEqual([]);
    // A write cut off while the server stopped may be stored though refused (the answer says "may not have been
    // saved"); one refused after the server was back must not be.
    const storedThoughRefused = failed.filter((w) => stored.has(w.slug));
    expect(storedThoughRefused.filter((w) => w.startedAt >= upAt).map((w) => w.slug), 'refused after the restart, stored anyway').toEqual([]);
    console.info(
      `[faults] PostgreSQL restart: ${writes.length} writes, ${acknowledged.length} acknowledged (all stored), ${failed.length} refused ` +
        `(${storedThoughRefused.length} of them stored though refused, cut off mid-way) ` +
        `(${[...new Set(failed.map((w) => w.status))].join(', ') || 'none'}), slowest ${Math.max(...writes.map((w) => w.ms))} ms`,
    );
    expect((await fetch(`${cms.url}/_health`)).status).toBe(204);
  }, 120_000);
});
