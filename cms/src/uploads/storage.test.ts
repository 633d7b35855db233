import { describe, expect, test } from 'vitest';
import { mediaOrigins, uploadProviderConfig, UploadStorageError } from './storage';

const MINIO = {
  UPLOAD_PROVIDER: 's3',
  S3_BUCKET: 'blmk-media',
  S3_REGION: 'us-east-1',
  S3_ENDPOINT: 'http://minio:9000',
  S3_FORCE_PATH_STYLE: 'true',
  S3_PUBLIC_URL: 'https://media.blmk.example/blmk-media/',
  S3_ACCESS_KEY_ID: 'blmk',
  S3_SECRET_ACCESS_KEY: 'a-long-secret',
};

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    uploadProviderConfig(env);
  } catch (error) {
    if (error instanceof UploadStorageError) return error.problems;
    throw error;
  }
  return [];
}

describe('upload storage from the environment', () => {
  test('local disk by default, and with UPLOAD_PROVIDER=local', () => {
    expect(uploadProviderConfig({})).toEqual({});
    expect(uploadProviderConfig({ UPLOAD_PROVIDER: 'local', S3_BUCKET: 'ignored' })).toEqual({});
    expect(mediaOrigins({})).toEqual([]);
  });

  test('an S3-compatible store: path-style endpoint, no SDK checksums it may reject, the public address for links', () => {
    expect(uploadProviderConfig(MINIO)).toEqual({
      provider: 'aws-s3',
      providerOptions: {
        baseUrl: 'https://media.blmk.example/blmk-media',
        s3Options: {
          region: 'us-east-1',
          endpoint: 'http://minio:9000',
          forcePathStyle: true,
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
          credentials: { accessKeyId: 'blmk', secretAccessKey: 'a-long-secret' },
          params: { Bucket: 'blmk-media', ACL: 'public-read' },
        },
      },
    });
    expect(mediaOrigins(MINIO)).toEqual(['https://media.blmk.example']);
  });

  test('AWS itself: no endpoint, the instance role when no keys are given, no ACL header for buckets without ACLs, a key prefix', () => {
    const config = uploadProviderConfig({
      UPLOAD_PROVIDER: 's3',
      S3_BUCKET: 'blmk-media',
      S3_REGION: 'eu-west-2',
      S3_PUBLIC_URL: 'https://d1234.cloudfront.net',
      S3_ACL: 'none',
      S3_ROOT_PATH: '/site/media/',
    });
    expect(config).toEqual({
      provider: 'aws-s3',
      providerOptions: {
        baseUrl: 'https://d1234.cloudfront.net',
        rootPath: 'site/media',
        s3Options: { region: 'eu-west-2', forcePathStyle: false, params: { Bucket: 'blmk-media' } },
      },
    });
  });

  test.each([
    [{ UPLOAD_PROVIDER: 'S3 ' }, /UPLOAD_PROVIDER must be one of local, s3/],
    [{ ...MINIO, S3_BUCKET: '' }, /S3_BUCKET must be a bucket name/],
    [{ ...MINIO, S3_BUCKET: 'Blmk_Media' }, /S3_BUCKET must be a bucket name/],
    [{ ...MINIO, S3_REGION: '' }, /S3_REGION must be a region/],
    [{ ...MINIO, S3_PUBLIC_URL: '' }, /S3_PUBLIC_URL must be set/],
    [{ ...MINIO, S3_PUBLIC_URL: 'javascript:alert(1)' }, /S3_PUBLIC_URL must be an http\(s\) address/],
    [{ ...MINIO, S3_PUBLIC_URL: 'https://user:pw@media.example' }, /S3_PUBLIC_URL must be an http\(s\) address/],
    [{ ...MINIO, S3_ENDPOINT: 'minio:9000' }, /S3_ENDPOINT must be an http\(s\) address/],
    [{ ...MINIO, S3_FORCE_PATH_STYLE: 'yes' }, /S3_FORCE_PATH_STYLE must be true or false/],
    [{ ...MINIO, S3_ACL: 'private' }, /S3_ACL must be one of public-read, none/],
    [{ ...MINIO, S3_SECRET_ACCESS_KEY: '' }, /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/],
    [{ ...MINIO, S3_ROOT_PATH: '../other' }, /S3_ROOT_PATH may hold/],
  ])('refuses %j with a clear message', (env, message) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
    expect(() => uploadProviderConfig(env)).toThrow(/README "Production"/);
  });

  test('reports every problem at once, and never echoes the secret key', () => {
    const problems = problemsOf({ UPLOAD_PROVIDER: 's3', S3_SECRET_ACCESS_KEY: 'do-not-print-me' });
    expect(problems.length).toBeGreaterThanOrEqual(4);
    expect(problems.join('\n')).not.toContain('do-not-print-me');
  });
});
