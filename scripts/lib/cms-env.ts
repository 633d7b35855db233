import { randomBytes } from 'node:crypto';
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CMS_DIR } from './paths.ts';

const SECRET_KEYS = ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'NEWSLETTER_SECRET'];

const secret = (): string => randomBytes(16).toString('base64');

/** Fills the example file's placeholder secrets with fresh random ones. */
export function withFreshSecrets(example: string): string {
  return example
    .split('\n')
    .map((line) => {
      const key = line.split('=')[0] ?? '';
      if (key === 'APP_KEYS') return `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`;
      if (SECRET_KEYS.includes(key)) return `${key}=${secret()}`;
      return line;
    })
    .join('\n');
}

/**
 * Creates cms/.env from cms/.env.example when it is missing; returns its path
 * when it did. An existing file is left as it is: it holds the developer's secrets.
 */
export async function ensureCmsEnvFile(cmsDir = CMS_DIR): Promise<string | undefined> {
  const target = path.join(cmsDir, '.env');
  const exists = await access(target).then(
    () => true,
    () => false,
  );
  if (exists) return undefined;
  const example = await readFile(path.join(cmsDir, '.env.example'), 'utf8');
  await writeFile(target, withFreshSecrets(example), { mode: 0o600 });
  return target;
}
