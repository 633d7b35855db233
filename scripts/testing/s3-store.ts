import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { freePort } from '../lib/ports.ts';

/**
 * A real S3-compatible object store on loopback (s3rver: the S3 REST API over a temp
 * folder), for tests of the CMS's S3 upload storage. It checks request signatures
 * against its one key pair, as a real store does.
 */
export interface TestS3Store {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The CMS environment that stores uploads here, read back at `publicUrl`. */
  cmsEnv: Record<string, string>;
  publicUrl: string;
  /** The object keys in the bucket (an anonymous ListObjectsV2, as a browser could not). */
  keys(): Promise<string[]>;
  stop(): Promise<void>;
}

export async function startTestS3Store(bucket = 'blmk-media'): Promise<TestS3Store> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'blmk-s3-'));
  const port = await freePort();
  const server = new S3rver({ address: '127.0.0.1', port, directory, silent: true, configureBuckets: [{ name: bucket }] });
  await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const publicUrl = `${endpoint}/${bucket}`;
  // s3rver's fixed key pair (models/account.js).
  const accessKeyId = 'S3RVER';
  const secretAccessKey = 'S3RVER';
  return {
    endpoint,
    bucket,
    accessKeyId,
    secretAccessKey,
    publicUrl,
    cmsEnv: {
      UPLOAD_PROVIDER: 's3',
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ENDPOINT: endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      S3_PUBLIC_URL: publicUrl,
      S3_ACCESS_KEY_ID: accessKeyId,
      S3_SECRET_ACCESS_KEY: secretAccessKey,
    },
    async keys() {
      const response = await fetch(`${publicUrl}?list-type=2`);
      if (!response.ok) throw new Error(`listing ${bucket}: HTTP ${response.status}`);
      return [...(await response.text()).matchAll(/<Key>([^<]*)<\/Key>/g)].map((match) => match[1]!);
    },
    async stop() {
      await server.close().catch(() => undefined);
      await rm(directory, { recursive: true, force: true });
    },
  };
}
