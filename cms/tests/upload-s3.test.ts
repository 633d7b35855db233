import { readFile } from 'node:fs/promises';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin, type AdminSession } from '../../scripts/testing/admin-api.ts';
import { startTestCms, type TestCms } from '../../scripts/testing/cms-server.ts';
import { startTestS3Store, type TestS3Store } from '../../scripts/testing/s3-store.ts';

/** A real PNG of `width` x `height` NHS blue pixels, big enough for Strapi to make its smaller formats. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, checksum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [0x00, 0x5e, 0xb8]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

interface UploadedFile {
  id: number;
  url: string;
  formats: Record<string, { url: string }> | null;
}

describe('uploads in S3-compatible storage (UPLOAD_PROVIDER=s3)', () => {
  let store: TestS3Store;
  let cms: TestCms;
  let admin: AdminSession;
  const image = png(900, 600);

  beforeAll(async () => {
    store = await startTestS3Store();
    cms = await startTestCms({ seed: false, env: store.cmsEnv });
    admin = await adminLogin(cms.url);
  });
  afterAll(async () => {
    await cms?.destroy();
    await store?.stop();
  });

  async function upload(name: string, type: string, bytes: Buffer): Promise<Response> {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
    return fetch(`${cms.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` }, body: form });
  }

  test('an image and its smaller formats go to the bucket, linked at S3_PUBLIC_URL, the picture intact', async () => {
    const response = await upload('hospital-front.png', 'image/png', image);
    expect(response.status, await response.clone().text()).toBe(201);
    const [file] = (await response.json()) as UploadedFile[];
    expect(file!.url.startsWith(`${store.publicUrl}/`)).toBe(true);
    const formats = Object.values(file!.formats ?? {});
    expect(formats.length).toBeGreaterThanOrEqual(2); // thumbnail, small, medium for 900 px
    const keys = await store.keys();
    for (const url of [file!.url, ...formats.map((format) => format.url)]) {
      expect(url.startsWith(`${store.publicUrl}/`), url).toBe(true);
      expect(keys).toContain(url.slice(store.publicUrl.length + 1));
      const served = await fetch(url);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/png');
    }
    // Strapi re-encodes the original (size optimisation), so compare the picture, not the bytes.
    const stored = Buffer.from(await (await fetch(file!.url)).arrayBuffer());
    expect(stored.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([stored.readUInt32BE(16), stored.readUInt32BE(20)]).toEqual([900, 600]);
    // Nothing was written to the CMS's own disk: the media library is in the store only.
    expect((await fetch(`${cms.url}/uploads/${file!.url.split('/').pop()}`)).status).toBe(404);
  });

  test('the upload rules still hold in front of the store: an HTML page is refused and nothing reaches the bucket', async () => {
    const before = await store.keys();
    const response = await upload('page.html', 'text/html', Buffer.from('<script>alert(1)</script>'));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await store.keys()).toEqual(before);
  });

  test("the admin's Content-Security-Policy lets the media library show the store's images", async () => {
    const csp = (await fetch(`${cms.url}/_health`)).headers.get('content-security-policy') ?? '';
    const imgSrc = csp.split(';').find((directive) => directive.trim().startsWith('img-src')) ?? '';
    expect(imgSrc).toContain(new URL(store.publicUrl).origin);
    expect(imgSrc).toContain("'self'");
  });

  test('deleting a file from the media library deletes every object of it from the bucket', async () => {
    const [file] = (await (await upload('to-delete.png', 'image/png', png(600, 400))).json()) as UploadedFile[];
    const ownKeys = (keys: string[]) => keys.filter((key) => key.includes(file!.url.split('/').pop()!.replace(/\.png$/, '')));
    expect(ownKeys(await store.keys()).length).toBeGreaterThanOrEqual(2);
    const deleted = await admin.request('DELETE', `/upload/files/${file!.id}`);
    expect(deleted.status).toBe(200);
    expect(ownKeys(await store.keys())).toEqual([]);
    expect((await fetch(file!.url)).status).toBe(404);
  });

  test('a wrong storage setting stops the CMS at start, naming the variable and never the secret key', async () => {
    const broken = startTestCms({ seed: false, env: { ...store.cmsEnv, S3_BUCKET: 'Not_A_Bucket', S3_SECRET_ACCESS_KEY: 'never-print-this-key' } });
    const error = (await broken.then(
      () => new Error('the CMS started'),
      (reason: unknown) => reason,
    )) as Error;
    const logFile = /see (\S+)$/.exec(error.message)?.[1];
    expect(logFile, error.message).toBeDefined();
    const log = await readFile(logFile!, 'utf8');
    expect(log).toContain('S3_BUCKET must be a bucket name');
    expect(log).not.toContain('never-print-this-key');
  });
});
