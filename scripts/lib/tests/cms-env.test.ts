import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { withFreshSecrets } from '../cms-env.ts';
import { CMS_DIR } from '../paths.ts';

test('npm start gives every placeholder secret of cms/.env.example a fresh value, the newsletter key included', () => {
  const example = readFileSync(path.join(CMS_DIR, '.env.example'), 'utf8');
  const first = withFreshSecrets(example);
  const second = withFreshSecrets(example);
  expect(first).not.toContain('tobemodified');
  const secretOf = (env: string) => /^NEWSLETTER_SECRET=(.+)$/m.exec(env)?.[1];
  expect(secretOf(first)).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
  expect(secretOf(first)).not.toBe(secretOf(second));
});
