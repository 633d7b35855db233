/**
 * Backup and restore as the README's Production section tells an operator: Strapi's
 * encrypted `strapi export` (content, media library and the uploaded files) and
 * `strapi import` into a fresh, empty database. The restored CMS must hold what the
 * original held: the seed, the bench's generated data set and an uploaded image used as
 * a news cover: the same rows per table, the same published documents (hashed as the
 * public API returns them, ids and timestamps aside) and the same file bytes.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CMS_DIR, REPO_ROOT } from '../../lib/paths.ts';
import { adminLogin, createAndPublish } from '../../testing/admin-api.ts';
import { startTestCms, type TestCms } from '../../testing/cms-server.ts';
import { contentDigest } from '../../testing/content-digest.ts';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../../testing/databases.ts';
import { runCommand } from '../../testing/processes.ts';

const STRAPI_BIN = path.join(REPO_ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const FILL = path.join(REPO_ROOT, 'scripts', 'testing', 'fill-generated.ts');
const GENERATED_DOCUMENTS = 60;
/** A 2x2 PNG, so the upload is a real image with bytes of its own. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

const kinds = await testDatabaseKinds();
const cleanup: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
});

const sha256 = (bytes: ArrayBuffer | Buffer) => createHash('sha256').update(Buffer.from(bytes as ArrayBuffer)).digest('hex');

/** Uploads the image through the admin API, with alternative text; its id and URL. */
async function uploadImage(cms: TestCms, token: string): Promise<{ id: number; url: string }> {
  const form = new FormData();
  form.append('files', new Blob([PNG], { type: 'image/png' }), `restore-check-${randomBytes(4).toString('hex')}.png`);
  form.append('fileInfo', JSON.stringify({ alternativeText: 'A small test image' }));
  const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const body = (await response.json()) as Array<{ id: number; url: string }>;
  expect(response.status, JSON.stringify(body)).toBe(201);
  return body[0]!;
}

function strapiCli(args: string[], env: NodeJS.ProcessEnv) {
  return runCommand(process.execPath, [STRAPI_BIN, ...args], { cwd: CMS_DIR, env });
}

describe.each(kinds)('backup and restore on %s', (kind) => {
  test(
    'an encrypted export imported into a fresh database gives the same content and files',
    async () => {
      const original = await startTestCms({ database: kind, seed: true });
      cleanup.push(() => original.destroy());
      const admin = await adminLogin(original.url);
      const image = await uploadImage(original, admin.token);
      await createAndPublish(admin, '/content-manager/collection-types/api::news-item.news-item', {
        title: 'Restore check: a story with a cover',
        slug: `restore-check-${kind}`,
        summary: 'Its cover must come back with the restore.',
        storyDate: '2026-01-05',
        cover: image.id,
      });
      const imageBytes = sha256(await (await fetch(`${original.url}${image.url}`)).arrayBuffer());

      // The generated data set goes in through the Document Service, with the server stopped.
      await original.stop();
      await runCommand(process.execPath, [FILL, String(GENERATED_DOCUMENTS)], { cwd: REPO_ROOT, env: original.env });
      await original.start();
      const before = await contentDigest(original.url, original.database);
      await original.stop();

      const backupDir = await mkdtemp(path.join(os.tmpdir(), 'blmk-backup-'));
      cleanup.push(() => rm(backupDir, { recursive: true, force: true }));
      const key = randomBytes(24).toString('base64');
      await strapiCli(['export', '--file', path.join(backupDir, 'blmk'), '--key', key], original.env);
      const backupFile = path.join(backupDir, 'blmk.tar.gz.enc');
      expect(existsSync(backupFile), 'the export wrote an encrypted archive').toBe(true);

      // A new machine: the uploaded file is gone from disk, the database is new and empty.
      const uploadedFile = path.join(CMS_DIR, 'public', image.url);
      await rm(uploadedFile);
      const fresh: TestDatabase = await createTestDatabase(kind);
      cleanup.push(() => fresh.drop());
      const restoredEnv = { ...original.env, ...fresh.env };
      await expect(strapiCli(['import', '--file', backupFile, '--key', 'not-the-key', '--force'], restoredEnv), 'a wrong key is refused').rejects.toThrow();
      await strapiCli(['import', '--file', backupFile, '--key', key, '--force'], restoredEnv);
      cleanup.push(() => rm(uploadedFile, { force: true }));

      // The restored CMS runs with the original's secrets (README: keep .env with the backups).
      const secrets = Object.fromEntries(
        ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'].map((name) => [name, String(original.env[name])]),
      );
      const restored = await startTestCms({ seed: false, env: { ...secrets, ...fresh.env } });
      cleanup.push(() => restored.destroy());
      const after = await contentDigest(restored.url, fresh);

      expect(before.documents['news-item/en']!.count, 'the generated news is there').toBeGreaterThan(GENERATED_DOCUMENTS / 2);
      expect(after.rows).toEqual(before.rows);
      expect(after.documents).toEqual(before.documents);
      const restoredImage = await fetch(`${restored.url}${image.url}`);
      expect(restoredImage.status).toBe(200);
      expect(sha256(await restoredImage.arrayBuffer()), 'the uploaded file has the same bytes').toBe(imageBytes);
      console.info(`[faults] backup/restore on ${kind}: rows ${JSON.stringify(after.rows)}`);
      await restored.stop();
    },
    600_000,
  );
});
