import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { assertSecrets, CORE_SECRETS, FEATURE_SECRETS, findWeakSecrets, InsecureSecretsError } from './secrets';

const strong = (seed: string) => `${seed}-${'k'.repeat(20)}`;
const goodEnv = (): Record<string, string> => ({
  NODE_ENV: 'production',
  APP_KEYS: `${strong('a')},${strong('b')}`,
  ...Object.fromEntries([...CORE_SECRETS.filter((name) => name !== 'APP_KEYS'), ...FEATURE_SECRETS].map((name) => [name, strong(name)])),
});

/** KEY=value pairs of a committed example file. */
function exampleValues(file: string): Record<string, string> {
  const lines = readFileSync(file, 'utf8').split('\n').filter((line) => /^[A-Z_]+=/.test(line));
  return Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

describe('findWeakSecrets', () => {
  test('a complete, strong set has no findings', () => {
    expect(findWeakSecrets(goodEnv())).toEqual([]);
  });

  test('names every missing, short or placeholder secret', () => {
    const env = { ...goodEnv(), API_TOKEN_SALT: '', JWT_SECRET: 'short-15-chars!', ADMIN_JWT_SECRET: 'toBeModified', ENCRYPTION_KEY: 'changeme', PREVIEW_SECRET: 'tobemodified' };
    delete (env as Record<string, string | undefined>).TRANSFER_TOKEN_SALT;
    expect(findWeakSecrets(env)).toEqual([
      { name: 'API_TOKEN_SALT', problem: 'missing', fatal: true },
      { name: 'ADMIN_JWT_SECRET', problem: 'placeholder', fatal: true },
      { name: 'TRANSFER_TOKEN_SALT', problem: 'missing', fatal: true },
      { name: 'JWT_SECRET', problem: 'too short', fatal: true },
      { name: 'ENCRYPTION_KEY', problem: 'placeholder', fatal: true },
      { name: 'PREVIEW_SECRET', problem: 'placeholder', fatal: true },
    ]);
  });

  test('16 characters is enough, 15 is not', () => {
    expect(findWeakSecrets({ ...goodEnv(), JWT_SECRET: 'abcdefghijklmnop' })).toEqual([]);
    expect(findWeakSecrets({ ...goodEnv(), JWT_SECRET: 'abcdefghijklmno' })).toEqual([{ name: 'JWT_SECRET', problem: 'too short', fatal: true }]);
  });

  test('checks each APP_KEYS key on its own', () => {
    expect(findWeakSecrets({ ...goodEnv(), APP_KEYS: `${strong('a')},toBeModified2` })).toEqual([{ name: 'APP_KEYS', problem: 'placeholder', fatal: true }]);
    expect(findWeakSecrets({ ...goodEnv(), APP_KEYS: `${strong('a')},` })).toEqual([{ name: 'APP_KEYS', problem: 'missing', fatal: true }]);
  });

  test('a missing feature secret turns its feature off: reported, not fatal', () => {
    const env: Record<string, string | undefined> = { ...goodEnv(), NEWSLETTER_SECRET: undefined };
    expect(findWeakSecrets(env)).toEqual([{ name: 'NEWSLETTER_SECRET', problem: 'missing', fatal: false }]);
  });

  test("every secret in the committed cms/.env.example is refused", () => {
    const example = exampleValues(path.join(__dirname, '..', '..', '.env.example'));
    const names = [...CORE_SECRETS, ...FEATURE_SECRETS].filter((name) => example[name] !== undefined);
    expect(names.length).toBeGreaterThanOrEqual(CORE_SECRETS.length);
    const findings = findWeakSecrets({ ...goodEnv(), ...example });
    expect(findings.map((finding) => finding.name).sort()).toEqual([...names].sort());
    expect(findings.every((finding) => finding.fatal)).toBe(true);
  });
});

describe('assertSecrets', () => {
  test('production: one error naming all offenders, never their values', () => {
    const env = { ...goodEnv(), JWT_SECRET: 'tiny-jwt', SITE_WEBHOOK_SECRET: 'tobemodified', APP_KEYS: '' };
    let error: unknown;
    try {
      assertSecrets(env, () => undefined);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InsecureSecretsError);
    const message = (error as Error).message;
    for (const name of ['APP_KEYS', 'JWT_SECRET', 'SITE_WEBHOOK_SECRET']) expect(message).toContain(name);
    expect(message).not.toContain('tiny-jwt');
    expect(message).not.toContain('API_TOKEN_SALT');
  });

  test('outside production: a warning only', () => {
    const warnings: string[] = [];
    const env = { ...goodEnv(), NODE_ENV: 'development', JWT_SECRET: 'tobemodified' };
    expect(assertSecrets(env, (message) => warnings.push(message))).toHaveLength(1);
    expect(warnings).toEqual([expect.stringContaining('JWT_SECRET (placeholder)')]);
  });

  test('production with only a feature secret missing starts, with a warning', () => {
    const warnings: string[] = [];
    assertSecrets({ ...goodEnv(), PREVIEW_SECRET: '' }, (message) => warnings.push(message));
    expect(warnings).toEqual([expect.stringContaining('PREVIEW_SECRET (missing)')]);
  });
});
