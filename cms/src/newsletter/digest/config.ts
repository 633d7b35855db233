import { parseDigestSchedule, type DigestSchedule } from './schedule';

/**
 * The weekly digest's settings (read at each use, like config.ts):
 * NEWSLETTER_DIGEST_SCHEDULE  a weekday and UK time, "monday 08:00" by default; "off" disables it.
 * NEWSLETTER_DIGEST_EVENT_WEEKS  how far ahead "upcoming events" looks (default 4 weeks).
 */
export interface DigestConfig {
  schedule: DigestSchedule | null;
  eventWeeks: number;
}

export function digestConfig(env: NodeJS.ProcessEnv = process.env): DigestConfig {
  const raw = env.NEWSLETTER_DIGEST_EVENT_WEEKS;
  const eventWeeks = raw === undefined || raw === '' ? 4 : Number(raw);
  if (!Number.isInteger(eventWeeks) || eventWeeks < 1 || eventWeeks > 52) {
    throw new Error(`NEWSLETTER_DIGEST_EVENT_WEEKS must be a whole number of weeks from 1 to 52, got "${raw}".`);
  }
  return { schedule: parseDigestSchedule(env.NEWSLETTER_DIGEST_SCHEDULE), eventWeeks };
}
