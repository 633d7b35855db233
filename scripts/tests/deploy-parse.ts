/**
 * Readers for the deployment files, for deploy.test.ts: .dockerignore matching, a
 * Dockerfile's stages, and the environment variables the CMS source reads. Small on
 * purpose: no Docker engine runs where the tests do, so these files are checked as text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Names that hold a secret: never given a default in compose. */
export const SECRET_NAME = /SECRET|KEY|SALT|TOKEN|PASSWORD/;

// ---- .dockerignore -----------------------------------------------------------------

interface IgnoreRule {
  negate: boolean;
  pattern: RegExp;
}

function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i]!;
    if (char === '*' && glob[i + 1] === '*') {
      // "**/" is zero or more directories; a trailing "**" is anything.
      if (glob[i + 2] === '/') {
        out += '(?:.*/)?';
        i += 2;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (char === '*') out += '[^/]*';
    else if (char === '?') out += '[^/]';
    else out += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

export function parseDockerignore(text: string): IgnoreRule[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negate = line.startsWith('!');
      const glob = (negate ? line.slice(1) : line).replace(/^\/+/, '').replace(/\/+$/, '');
      return { negate, pattern: globToRegExp(glob) };
    });
}

/**
 * Docker's rule: the last matching line wins, and a pattern matching a directory
 * leaves out everything under it.
 */
export function isIgnored(rules: IgnoreRule[], file: string): boolean {
  const parts = file.split('/');
  const candidates = parts.map((_, index) => parts.slice(0, index + 1).join('/'));
  let ignored = false;
  for (const rule of rules) {
    const matches = rule.negate ? rule.pattern.test(file) : candidates.some((candidate) => rule.pattern.test(candidate));
    if (matches) ignored = !rule.negate;
  }
  return ignored;
}

// ---- Dockerfile ----------------------------------------------------------------------

export interface Instruction {
  op: string;
  args: string;
}

export interface Stage {
  from: string;
  name: string | undefined;
  instructions: Instruction[];
}

export function parseDockerfile(text: string): Stage[] {
  const logical = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const stages: Stage[] = [];
  for (const line of logical) {
    const match = /^(\S+)\s+(.*)$/.exec(line);
    if (!match) throw new Error(`Unreadable Dockerfile line: ${line}`);
    const op = match[1]!.toUpperCase();
    const args = match[2]!.replace(/\s+/g, ' ');
    if (op === 'FROM') {
      const from = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!from) throw new Error(`Unreadable FROM: ${args}`);
      stages.push({ from: from[1]!, name: from[2], instructions: [] });
    } else {
      const stage = stages.at(-1);
      if (!stage) throw new Error(`${op} before FROM`);
      stage.instructions.push({ op, args });
    }
  }
  return stages;
}

/** The words of an exec-form instruction (CMD ["node", "x"]). */
export function execForm(args: string): string[] {
  const parsed: unknown = JSON.parse(args);
  if (!Array.isArray(parsed) || !parsed.every((word) => typeof word === 'string')) throw new Error(`Not exec form: ${args}`);
  return parsed;
}

// ---- Environment read by the CMS -------------------------------------------------------

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'admin') found.push(...filesUnder(full, extensions));
    } else if (extensions.some((extension) => entry.name.endsWith(extension)) && !entry.name.endsWith('.d.ts')) found.push(full);
  }
  return found;
}

const ENV_PATTERNS = [
  // Strapi's env helper in config: env('X'), env.int('X', 1), env.bool('X')...
  /\benv(?:\.\w+)?\(\s*['"]([A-Z][A-Z0-9_]+)['"]/g,
  // process.env.X, and a ProcessEnv passed in as `env`: env.X
  /\b(?:process\.)?env\.([A-Z][A-Z0-9_]+)\b/g,
  // Helpers given the environment: readInteger(env, 'X', ...), positiveInt('X', 50, env)
  /\w+\(\s*env\s*,\s*['"]([A-Z][A-Z0-9_]+)['"]/g,
  /\w+\(\s*['"]([A-Z][A-Z0-9_]+)['"][^)\n]*,\s*env\s*\)/g,
];

/** Every environment variable the server code under `dirs` reads (the admin bundle excluded). */
export function envVariablesRead(dirs: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (name: string, file: string) => found.set(name, [...(found.get(name) ?? []), file]);
  for (const file of dirs.flatMap((dir) => filesUnder(dir, ['.ts', '.js']))) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of ENV_PATTERNS) for (const match of text.matchAll(pattern)) add(match[1]!, file);
    // Destructuring: const { ADMIN_EMAIL: email, ADMIN_PASSWORD } = env;
    for (const match of text.matchAll(/\{([^{}]+)\}\s*=\s*(?:process\.)?env\b/g)) {
      for (const key of match[1]!.matchAll(/\b([A-Z][A-Z0-9_]+)\b\s*(?::|,|$)/g)) add(key[1]!, file);
    }
  }
  return found;
}

/** Nuxt's environment names of a runtimeConfig: strapiUrl -> NUXT_STRAPI_URL, public.siteUrl -> NUXT_PUBLIC_SITE_URL. */
export function nuxtEnvNames(runtimeConfig: Record<string, unknown>, prefix = 'NUXT_'): string[] {
  return Object.entries(runtimeConfig).flatMap(([key, value]) => {
    const name = prefix + key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? nuxtEnvNames(value as Record<string, unknown>, `${name}_`) : [name];
  });
}
