/**
 * The start-up check of the secrets: in production a missing, short or placeholder
 * secret lets anyone forge admin sessions, API tokens or the newsletter's signed
 * links, so the CMS refuses to start; elsewhere it only warns (developers run with
 * the example file's values).
 */

/** Strapi's own secrets: nothing works safely without them. */
export const CORE_SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'] as const;

/**
 * The project's own secrets. Each one switches a feature on (unset: no newsletter
 * links, no site webhook, no preview — see cms/.env.example), so a missing one is a
 * warning, but a set one must be as strong as Strapi's.
 */
export const FEATURE_SECRETS = ['NEWSLETTER_SECRET', 'SITE_WEBHOOK_SECRET', 'PREVIEW_SECRET'] as const;

export const MIN_SECRET_LENGTH = 16;

/**
 * Values that ship in example files, generators and tutorials (compared without case):
 * cms/.env.example's `tobemodified`, create-strapi's `toBeModified1`, the typegen script's.
 */
const PLACEHOLDER = /^(tobemodified|changeme|change-me|change_me|changethis|secret|password|typegen|example|default|xxx+)\d*$/i;

export type SecretProblem = 'missing' | 'too short' | 'placeholder';

export interface SecretFinding {
  name: string;
  problem: SecretProblem;
  /** Core secrets block a production start; feature secrets only when set but weak. */
  fatal: boolean;
}

function problemOf(value: string): SecretProblem | undefined {
  if (PLACEHOLDER.test(value)) return 'placeholder';
  if (value.length < MIN_SECRET_LENGTH) return 'too short';
  return undefined;
}

/** APP_KEYS is a list: every key must hold up on its own. */
function valuesOf(name: string, raw: string): string[] {
  return name === 'APP_KEYS' ? raw.split(',').map((key) => key.trim()) : [raw];
}

/** What is wrong with the secrets in `env`, by name only (never a value). */
export function findWeakSecrets(env: Record<string, string | undefined>): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const name of [...CORE_SECRETS, ...FEATURE_SECRETS]) {
    const core = (CORE_SECRETS as readonly string[]).includes(name);
    const raw = env[name]?.trim() ?? '';
    if (!raw) {
      findings.push({ name, problem: 'missing', fatal: core });
      continue;
    }
    const problems = valuesOf(name, raw).map((value) => (value ? problemOf(value) : 'missing'));
    const problem = problems.find((found) => found === 'placeholder') ?? problems.find((found) => found !== undefined);
    if (problem) findings.push({ name, problem, fatal: true });
  }
  return findings;
}

const describe = (findings: SecretFinding[]): string => findings.map((finding) => `${finding.name} (${finding.problem})`).join(', ');

export class InsecureSecretsError extends Error {
  constructor(readonly findings: SecretFinding[]) {
    super(
      `Refusing to start in production: these secrets are missing, shorter than ${MIN_SECRET_LENGTH} characters or a known placeholder: ` +
        `${describe(findings)}. Set each to a long random value (e.g. \`openssl rand -base64 32\`).`,
    );
    this.name = 'InsecureSecretsError';
  }
}

/**
 * Throws InsecureSecretsError in production when any fatal finding exists; otherwise
 * reports every finding through `warn` and returns them.
 */
export function assertSecrets(env: Record<string, string | undefined>, warn: (message: string) => void): SecretFinding[] {
  const findings = findWeakSecrets(env);
  const production = env.NODE_ENV === 'production';
  const fatal = findings.filter((finding) => finding.fatal);
  if (production && fatal.length > 0) throw new InsecureSecretsError(fatal);
  const reported = production ? findings : findings.filter((finding) => finding.fatal || finding.problem !== 'missing');
  if (reported.length > 0) {
    const note = production ? 'the features they enable are off' : 'production would refuse to start';
    warn(`[secrets] ${describe(reported)}: ${note}.`);
  }
  return findings;
}
