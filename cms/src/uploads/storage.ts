/**
 * Where uploaded media is stored: the CMS's own disk (`public/uploads`, the default) or
 * an S3-compatible object store (AWS S3, MinIO, Cloudflare R2, …) when
 * UPLOAD_PROVIDER=s3. A store lets several CMS instances share the media library and
 * keeps uploads out of the CMS's volume. Read from the plain environment record so a
 * wrong setting stops the CMS at start with one clear message, not at the first upload.
 */

type Env = Readonly<Record<string, string | undefined>>;

export class UploadStorageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Upload storage is not configured correctly (README "Production", "Media in S3-compatible storage"):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'UploadStorageError';
  }
}

/** What config/plugins.ts gives the upload plugin: nothing (local disk) or the aws-s3 provider. */
export type UploadProviderConfig =
  | Record<string, never>
  | {
      provider: 'aws-s3';
      providerOptions: {
        baseUrl: string;
        rootPath?: string;
        s3Options: {
          region: string;
          endpoint?: string;
          forcePathStyle: boolean;
          credentials?: { accessKeyId: string; secretAccessKey: string };
          // Newer AWS SDKs add checksums many S3-compatible stores reject; send them only when an API requires one.
          requestChecksumCalculation?: 'WHEN_REQUIRED';
          responseChecksumValidation?: 'WHEN_REQUIRED';
          params: { Bucket: string; ACL?: 'public-read' };
        };
      };
    };

const PROVIDERS = ['local', 's3'] as const;
const ACLS = ['public-read', 'none'] as const;
// S3's bucket naming rules: 3-63 characters, lower case, digits, dots and hyphens.
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REGION = /^[a-z0-9-]{2,32}$/;

function value(env: Env, name: string): string {
  return (env[name] ?? '').trim();
}

/** An absolute http(s) URL with no query or fragment, or a problem. */
function checkUrl(name: string, raw: string, problems: string[]): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.search && !url.hash && !url.username) return raw.replace(/\/+$/, '');
  } catch {
    // reported below
  }
  problems.push(`${name} must be an http(s) address without query, fragment or credentials, e.g. https://media.example.org (got "${raw}")`);
  return undefined;
}

function checkBoolean(name: string, raw: string, problems: string[]): boolean {
  if (raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return false;
}

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[], fallback: T, problems: string[]): T {
  if (!raw) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
  return fallback;
}

function credentials(env: Env, problems: string[]) {
  const accessKeyId = value(env, 'S3_ACCESS_KEY_ID');
  const secretAccessKey = value(env, 'S3_SECRET_ACCESS_KEY');
  if (!accessKeyId && !secretAccessKey) return undefined; // the SDK's own chain: an instance role, AWS_* variables
  if (!accessKeyId || !secretAccessKey) {
    problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the instance role');
    return undefined;
  }
  return { accessKeyId, secretAccessKey };
}

function s3Config(env: Env, problems: string[]): UploadProviderConfig {
  const bucket = value(env, 'S3_BUCKET');
  const region = value(env, 'S3_REGION');
  if (!BUCKET_NAME.test(bucket)) problems.push(`S3_BUCKET must be a bucket name (3-63 lower-case letters, digits, dots, hyphens; got "${bucket}")`);
  if (!REGION.test(region)) problems.push(`S3_REGION must be a region such as eu-west-2 (S3-compatible stores often take us-east-1; got "${region}")`);
  const endpoint = checkUrl('S3_ENDPOINT', value(env, 'S3_ENDPOINT'), problems);
  // Required: pages and mails link media there, and the site's and admin's CSP allow it.
  const baseUrl = checkUrl('S3_PUBLIC_URL', value(env, 'S3_PUBLIC_URL'), problems);
  if (!value(env, 'S3_PUBLIC_URL')) problems.push('S3_PUBLIC_URL must be set: the public address media is read from (the bucket\'s web address or a CDN in front of it)');
  const forcePathStyle = checkBoolean('S3_FORCE_PATH_STYLE', value(env, 'S3_FORCE_PATH_STYLE'), problems);
  const acl = oneOf('S3_ACL', value(env, 'S3_ACL'), ACLS, 'public-read', problems);
  const rootPath = value(env, 'S3_ROOT_PATH').replace(/^\/+|\/+$/g, '');
  const badSegment = rootPath.split('/').some((segment) => segment === '' || segment === '.' || segment === '..');
  if (rootPath && (!/^[A-Za-z0-9._/-]+$/.test(rootPath) || badSegment)) {
    problems.push(`S3_ROOT_PATH may hold letters, digits, ".", "_", "-" and "/" only, with no empty, "." or ".." part (got "${rootPath}")`);
  }
  const keys = credentials(env, problems);
  return {
    provider: 'aws-s3',
    providerOptions: {
      baseUrl: baseUrl ?? '',
      ...(rootPath ? { rootPath } : {}),
      s3Options: {
        region,
        forcePathStyle,
        ...(endpoint ? { endpoint, requestChecksumCalculation: 'WHEN_REQUIRED' as const, responseChecksumValidation: 'WHEN_REQUIRED' as const } : {}),
        ...(keys ? { credentials: keys } : {}),
        // Buckets with ACLs disabled (AWS's default since 2023) refuse any ACL header: S3_ACL=none.
        params: { Bucket: bucket, ...(acl === 'public-read' ? { ACL: 'public-read' as const } : {}) },
      },
    },
  };
}

/** The upload plugin's storage settings from the environment; throws UploadStorageError when they are wrong. */
export function uploadProviderConfig(env: Env): UploadProviderConfig {
  const problems: string[] = [];
  const provider = oneOf('UPLOAD_PROVIDER', value(env, 'UPLOAD_PROVIDER'), PROVIDERS, 'local', problems);
  const config = provider === 's3' && problems.length === 0 ? s3Config(env, problems) : {};
  if (problems.length) throw new UploadStorageError(problems);
  return config;
}

/**
 * The origin browsers load media from when it is not the CMS itself (S3_PUBLIC_URL's),
 * for the admin's Content-Security-Policy (thumbnails in the media library); none for
 * local storage. The site is told the same address (NUXT_MEDIA_ORIGIN).
 */
export function mediaOrigins(env: Env): string[] {
  const config = uploadProviderConfig(env);
  return 'provider' in config ? [new URL(config.providerOptions.baseUrl).origin] : [];
}
