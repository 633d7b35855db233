/**
 * When the weekly digest goes out: a weekday and a time of day on UK clocks
 * (Europe/London), so "Monday 08:00" stays 08:00 for readers across the clock changes.
 * NEWSLETTER_DIGEST_SCHEDULE="monday 08:00" (the default), or "off".
 */
import { UK_TIME_ZONE } from '../render/dates';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface DigestSchedule {
  weekday: Weekday;
  hour: number;
  minute: number;
}

const SCHEDULE = /^\s*([a-z]+)\s+(\d{1,2}):(\d{2})\s*$/i;

/** Parses the setting; null = the digest is off. Throws a message naming the setting when it is malformed. */
export function parseDigestSchedule(raw: string | undefined): DigestSchedule | null {
  const value = raw === undefined || raw.trim() === '' ? 'monday 08:00' : raw;
  if (/^\s*(off|false|no|0)\s*$/i.test(value)) return null;
  const match = SCHEDULE.exec(value);
  const weekday = WEEKDAYS.find((day) => day === match?.[1]?.toLowerCase() || day.slice(0, 3) === match?.[1]?.toLowerCase());
  const hour = Number(match?.[2]);
  const minute = Number(match?.[3]);
  if (!match || !weekday || hour > 23 || minute > 59) {
    throw new Error(`NEWSLETTER_DIGEST_SCHEDULE must be a weekday and a UK time such as "monday 08:00", or "off"; got "${raw}".`);
  }
  return { weekday, hour, minute };
}

export function describeSchedule(schedule: DigestSchedule | null): string {
  if (!schedule) return 'off';
  const day = schedule.weekday[0]!.toUpperCase() + schedule.weekday.slice(1);
  return `${day}s at ${String(schedule.hour).padStart(2, '0')}:${String(schedule.minute).padStart(2, '0')} UK time`;
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  weekday: 'long',
});

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: Weekday;
}

function inLondon(instant: number): LocalTime {
  const parts = Object.fromEntries(londonParts.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: String(parts.weekday).toLowerCase() as Weekday,
  };
}

/** Minutes London is ahead of UTC at an instant (0 in winter, 60 in summer). */
function offsetMinutes(instant: number): number {
  const local = inLondon(instant);
  return Math.round((Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute) - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a UK wall-clock time happens. A time that happens twice (the autumn
 * hour) is its first occurrence; one that does not happen (the spring hour) is read
 * with the winter offset, which lands just after the jump (01:30 → 02:30 BST).
 */
export function londonTimeToInstant(year: number, month: number, day: number, hour: number, minute: number): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const offsets = [...new Set([offsetMinutes(asUtc - 12 * 3600_000), offsetMinutes(asUtc + 12 * 3600_000)])];
  const candidates = offsets
    .map((offset) => asUtc - offset * 60_000)
    .filter((instant) => {
      const local = inLondon(instant);
      return local.day === day && local.hour === hour && local.minute === minute;
    })
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? asUtc - offsets[0]! * 60_000);
}

/** The UK calendar days from the one `instant` falls on, `count` of them (noon UTC of each, safe from clock changes). */
function daysFrom(instant: number, count: number, step: 1 | -1): LocalTime[] {
  const start = inLondon(instant);
  const noon = Date.UTC(start.year, start.month - 1, start.day, 12);
  return Array.from({ length: count }, (_, index) => inLondon(noon + step * index * 86_400_000));
}

/** The first scheduled time strictly after `after`. */
export function nextDigestRun(schedule: DigestSchedule, after: Date): Date {
  for (const day of daysFrom(after.getTime(), 9, 1)) {
    if (day.weekday !== schedule.weekday) continue;
    const run = londonTimeToInstant(day.year, day.month, day.day, schedule.hour, schedule.minute);
    if (run.getTime() > after.getTime()) return run;
  }
  throw new Error('No digest run found in the next nine days; the schedule is broken.');
}

/** The latest scheduled time at or before `now` (the slot a catching-up CMS may still owe). */
export function latestDigestRun(schedule: DigestSchedule, now: Date): Date {
  for (const day of daysFrom(now.getTime(), 9, -1)) {
    if (day.weekday !== schedule.weekday) continue;
    const run = londonTimeToInstant(day.year, day.month, day.day, schedule.hour, schedule.minute);
    if (run.getTime() <= now.getTime()) return run;
  }
  throw new Error('No digest run found in the last nine days; the schedule is broken.');
}
