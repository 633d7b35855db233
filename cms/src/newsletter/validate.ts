/** Input checks for the public newsletter endpoints: each problem names its field. */
import { LOCALES, type Locale } from '@blmk/shared-types';

export const TOPICS = ['briefs', 'vacancies', 'events'] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * Names what was sent back only when it looks like a topic code: anything else (markup,
 * long strings) is not echoed into an error a page might show.
 */
function describeUnknown(values: unknown[], label: string): string {
  const shown = values.map(String).filter((value) => /^[a-z-]{1,20}$/.test(value));
  return shown.length === values.length ? `${label}: ${shown.join(', ')}.` : `${label}.`;
}

export interface FieldError {
  field: string;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

// Deliberately plain: one @, no spaces, a dot in the domain. The confirmation mail is
// the real test of an address.
const EMAIL_PATTERN = /^[^\s@"<>()[\],;:\\]+@[^\s@"<>()[\],;:\\]+\.[^\s@"<>()[\],;:\\]{2,}$/;

export function normaliseEmail(raw: unknown): Checked<string> {
  if (typeof raw !== 'string' || raw.trim() === '') {
    return { ok: false, errors: [{ field: 'email', message: 'Enter your e-mail address.' }] };
  }
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !EMAIL_PATTERN.test(email)) {
    return {
      ok: false,
      errors: [{ field: 'email', message: 'Enter an e-mail address in the correct format, like name@example.com.' }],
    };
  }
  return { ok: true, value: email };
}

/** Accepts an array or a single string (an HTML form with one box ticked sends a string). */
export function checkTopics(raw: unknown): Checked<Topic[]> {
  const list = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
  const unknown = list.filter((topic) => !TOPICS.includes(topic as Topic));
  if (unknown.length) {
    return {
      ok: false,
      errors: [{ field: 'topics', message: `${describeUnknown(unknown, 'Unknown topic')} Choose from ${TOPICS.join(', ')}.` }],
    };
  }
  const topics = TOPICS.filter((topic) => list.includes(topic));
  if (!topics.length) {
    return { ok: false, errors: [{ field: 'topics', message: 'Choose at least one topic.' }] };
  }
  return { ok: true, value: topics };
}

export function checkLanguage(raw: unknown): Checked<Locale> {
  if (raw === undefined || raw === null || raw === '') return { ok: true, value: 'en' };
  if (typeof raw === 'string' && LOCALES.includes(raw as Locale)) return { ok: true, value: raw as Locale };
  return { ok: false, errors: [{ field: 'locale', message: `Unknown language. Choose from ${LOCALES.join(', ')}.` }] };
}

/** Runs several checks and gathers every problem, so a form shows them all at once. */
export function combine<T extends Record<string, Checked<unknown>>>(
  checks: T,
): Checked<{ [K in keyof T]: T[K] extends Checked<infer V> ? V : never }> {
  const errors = Object.values(checks).flatMap((check) => (check.ok ? [] : check.errors));
  if (errors.length) return { ok: false, errors };
  const value = Object.fromEntries(
    Object.entries(checks).map(([key, check]) => [key, (check as { value: unknown }).value]),
  ) as { [K in keyof T]: T[K] extends Checked<infer V> ? V : never };
  return { ok: true, value };
}

export interface TopicFlags {
  topicBriefs: boolean;
  topicVacancies: boolean;
  topicEvents: boolean;
}

export function topicFlags(topics: readonly Topic[]): TopicFlags {
  return {
    topicBriefs: topics.includes('briefs'),
    topicVacancies: topics.includes('vacancies'),
    topicEvents: topics.includes('events'),
  };
}

export function topicsOf(flags: { [K in keyof TopicFlags]?: boolean | null }): Topic[] {
  return TOPICS.filter((topic) => flags[`topic${topic[0]!.toUpperCase()}${topic.slice(1)}` as keyof TopicFlags]);
}
