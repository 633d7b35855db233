/**
 * The newsletter's settings, read from the environment at each use so tests and
 * operators can see one place for them. SMTP itself is configured in
 * config/plugins.ts (Strapi's email plugin).
 */
export interface NewsletterConfig {
  /** HMAC key for confirmation, preference and unsubscribe tokens; undefined = not configured. */
  secret: string | undefined;
  /** The public site, for links in mails (pages /newsletter/*, /briefs/<slug>). */
  siteUrl: string;
  /** The CMS's public address, for the RFC 8058 one-click unsubscribe URL. */
  cmsUrl: string;
  batchSize: number;
  batchPauseMs: number;
  /** Subscribe requests allowed per client address per hour. */
  subscribeLimitPerHour: number;
  /** Where the mailto: List-Unsubscribe goes; a mailbox the comms team reads. */
  unsubscribeMailbox: string | undefined;
}

function positiveInt(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number >= 0, got "${raw}".`);
  return value;
}

/** The bare address of a "Name <address>" sender. */
export function bareAddress(from: string | undefined): string | undefined {
  if (!from) return undefined;
  const match = /<([^>]+)>/.exec(from);
  return (match?.[1] ?? from).trim() || undefined;
}

const withoutTrailingSlash = (url: string): string => url.replace(/\/+$/, '');

export function newsletterConfig(env: NodeJS.ProcessEnv = process.env): NewsletterConfig {
  const port = env.PORT ?? '1337';
  return {
    secret: env.NEWSLETTER_SECRET || undefined,
    siteUrl: withoutTrailingSlash(env.SITE_URL || 'http://localhost:3000'),
    cmsUrl: withoutTrailingSlash(env.PUBLIC_URL || `http://localhost:${port}`),
    batchSize: Math.max(1, positiveInt('NEWSLETTER_BATCH_SIZE', 50, env)),
    batchPauseMs: positiveInt('NEWSLETTER_BATCH_PAUSE_MS', 1000, env),
    subscribeLimitPerHour: positiveInt('NEWSLETTER_SUBSCRIBE_LIMIT', 20, env),
    unsubscribeMailbox: bareAddress(env.EMAIL_REPLY_TO) ?? bareAddress(env.EMAIL_FROM),
  };
}

/** The secret, or an error the public endpoints turn into 503. */
export function requireSecret(config: NewsletterConfig): string {
  if (!config.secret) throw new NewsletterNotConfiguredError();
  return config.secret;
}

export class NewsletterNotConfiguredError extends Error {
  constructor() {
    super('The newsletter is not configured on this server (NEWSLETTER_SECRET is not set).');
  }
}
