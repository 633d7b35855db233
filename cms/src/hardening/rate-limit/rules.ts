/**
 * Which requests are rate limited, and how hard. A request counts against the first
 * rule it matches, per client address; a limit of 0 switches the rule off.
 */
export interface RateRule {
  name: string;
  limit: number;
  windowMs: number;
  methods: readonly string[];
  /** Exact paths, or prefixes ending in `/`. */
  paths: readonly string[];
}

function wholeNumber(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number >= 0, got "${raw}".`);
  return value;
}

export function rateRules(env: Record<string, string | undefined>): RateRule[] {
  return [
    {
      // Password guessing against the admin panel and the users-permissions API.
      name: 'login',
      limit: wholeNumber(env, 'RATE_LIMIT_LOGIN', 20),
      windowMs: wholeNumber(env, 'RATE_LIMIT_LOGIN_WINDOW_S', 15 * 60) * 1000,
      methods: ['POST'],
      paths: ['/admin/login', '/admin/register-admin', '/admin/forgot-password', '/admin/reset-password', '/api/auth/'],
    },
    {
      // Each subscribe sends a confirmation mail: the tightest public limit (per hour, as before).
      name: 'subscribe',
      limit: wholeNumber(env, 'NEWSLETTER_SUBSCRIBE_LIMIT', 20),
      windowMs: 60 * 60 * 1000,
      methods: ['POST'],
      paths: ['/api/newsletter/subscribe'],
    },
    {
      // The other public writes (confirm, preferences, unsubscribe): token guessing and floods.
      name: 'public-write',
      limit: wholeNumber(env, 'RATE_LIMIT_PUBLIC_WRITES', 60),
      windowMs: wholeNumber(env, 'RATE_LIMIT_PUBLIC_WINDOW_S', 10 * 60) * 1000,
      methods: ['POST', 'PUT', 'PATCH', 'DELETE'],
      paths: ['/api/newsletter/'],
    },
  ];
}

/** The rule a request counts against, if any. */
export function ruleFor(rules: readonly RateRule[], method: string, path: string): RateRule | undefined {
  const rule = rules.find(
    (candidate) =>
      candidate.methods.includes(method.toUpperCase()) &&
      candidate.paths.some((prefix) => (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix || path === `${prefix}/`)),
  );
  return rule && rule.limit > 0 && rule.windowMs > 0 ? rule : undefined;
}
