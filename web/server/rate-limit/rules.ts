import { LOCALES } from '@blmk/shared-types';

/** A limit on one kind of request, per client address. */
export interface RateRule {
  name: 'newsletter' | 'search';
  limit: number;
  windowMs: number;
}

/** NUXT_RATE_LIMIT_* (runtimeConfig.rateLimit); numbers arrive as numbers or strings. */
export interface RateLimitConfig {
  newsletter?: number | string;
  newsletterWindowS?: number | string;
  search?: number | string;
  searchWindowS?: number | string;
}

function positive(value: number | string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a whole number of at least 1, not "${value}".`);
  return number;
}

/**
 * The defaults allow for a hospital or council network, where hundreds of staff share
 * one public address: generous for people, still a wall for a script.
 */
export function rateRules(config: RateLimitConfig = {}): Record<RateRule['name'], RateRule> {
  return {
    newsletter: {
      name: 'newsletter',
      limit: positive(config.newsletter, 30, 'NUXT_RATE_LIMIT_NEWSLETTER'),
      windowMs: positive(config.newsletterWindowS, 600, 'NUXT_RATE_LIMIT_NEWSLETTER_WINDOW_S') * 1000,
    },
    search: {
      name: 'search',
      limit: positive(config.search, 120, 'NUXT_RATE_LIMIT_SEARCH'),
      windowMs: positive(config.searchWindowS, 60, 'NUXT_RATE_LIMIT_SEARCH_WINDOW_S') * 1000,
    },
  };
}

/** The newsletter forms' server routes (server/api/newsletter/*.post.ts). */
const NEWSLETTER_POSTS = /^\/api\/newsletter\/(?:subscribe|confirm|unsubscribe|preferences)\/?$/;
/** The search page in every language: /search, /pl/search ... */
const SEARCH_PAGE = new RegExp(`^(?:/(?:${LOCALES.join('|')}))?/search/?$`);

/** The rule a request falls under, if any (path without its query string). */
export function ruleFor(rules: Record<RateRule['name'], RateRule>, method: string, path: string): RateRule | undefined {
  const bare = path.split('?')[0]!;
  if (method === 'POST' && NEWSLETTER_POSTS.test(bare)) return rules.newsletter;
  if ((method === 'GET' || method === 'HEAD') && SEARCH_PAGE.test(bare)) return rules.search;
  return undefined;
}
