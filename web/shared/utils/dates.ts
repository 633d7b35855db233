import { intlLocale, type Translate } from './translate';

/**
 * Dates and times in the reader's language: in English as UK readers expect them
 * ("22 May 2018", "12:30pm"), following the NHS content style guide
 * (https://service-manual.nhs.uk/content/numbers-measurements-dates-time); in the other
 * locales as their readers write them (Intl: "22 maja 2018", "12:30").
 * Strapi sends dates as YYYY-MM-DD and times as HH:mm:ss.SSS, both UK local.
 */

const UK_TIME_ZONE = 'Europe/London';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC' };
const HOUR_MINUTE: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' };

const formats = new Map<string, Intl.DateTimeFormat>();
/** One formatter per locale and shape, made on first use. */
function formatIn(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), options);
    formats.set(key, format);
  }
  return format;
}

/** A calendar date (YYYY-MM-DD) or a timestamp, as a UTC-midnight Date of its UK calendar day. */
function toCalendarDay(value: string | null | undefined): Date | undefined {
  if (!value) return undefined;
  const match = ISO_DATE.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC rolls 2018-13-45 over into 2019; such a date is not a date.
    const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    return real ? date : undefined;
  }
  const timestamp = new Date(value);
  if (Number.isNaN(timestamp.getTime())) return undefined;
  const day = isoDateInLondon(timestamp);
  return toCalendarDay(day);
}

/** "22 May 2018" (en), "22 maja 2018" (pl); undefined when there is no date. */
export function formatDate(value: string | null | undefined, locale: string): string | undefined {
  const day = toCalendarDay(value);
  return day && formatIn(locale, DAY_MONTH_YEAR).format(day);
}

/** "May 2018" (en), "maj 2018" (pl): how monthly briefs are named. */
export function formatMonth(value: string | null | undefined, locale: string): string | undefined {
  const day = toCalendarDay(value);
  return day && formatIn(locale, MONTH_YEAR).format(day);
}

/** "12:30pm", "4pm", "midday", "midnight" (en), "12:30" (pl); undefined when there is no time. */
export function formatTime(value: string | null | undefined, locale: string): string | undefined {
  const match = value ? ISO_TIME.exec(value) : null;
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  if (locale !== 'en') return formatIn(locale, HOUR_MINUTE).format(new Date(Date.UTC(2000, 0, 1, hours, minutes)));
  if (minutes === 0 && hours === 12) return 'midday';
  if (minutes === 0 && hours === 0) return 'midnight';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  const suffix = hours < 12 ? 'am' : 'pm';
  return minutes === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minutes).padStart(2, '0')}${suffix}`;
}

/** "12:30pm to 4pm" ("to" rather than a dash, as the NHS style guide asks), in the reader's words. */
export function formatTimeRange(start: string | null | undefined, end: string | null | undefined, t: Translate, locale: string): string | undefined {
  const from = formatTime(start, locale);
  const to = formatTime(end, locale);
  if (from && to) return t('dates.timeRange', { from, to });
  if (from) return t('dates.fromTime', { from });
  return undefined;
}

/** Made once: building an Intl formatter costs far more than using one (it showed in render profiles). */
let londonDayFormat: Intl.DateTimeFormat | undefined;
function londonCalendarDay(): Intl.DateTimeFormat {
  londonDayFormat ??= new Intl.DateTimeFormat('en-GB', { timeZone: UK_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  return londonDayFormat;
}

/** The UK calendar date of an instant, as YYYY-MM-DD. */
export function isoDateInLondon(instant: Date): string {
  const parts = londonCalendarDay().formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Today in the UK, as YYYY-MM-DD: what "open" and "upcoming" are measured against. */
export function todayInLondon(now: Date = new Date()): string {
  return isoDateInLondon(now);
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && toCalendarDay(value) !== undefined && ISO_DATE.test(value);
}
