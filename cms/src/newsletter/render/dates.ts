/**
 * Dates in mails, as UK readers write them: day first, the weekday spelt out
 * ("Tuesday 1 May 2018"), on the UK calendar (Europe/London). The other site languages
 * use their own words, which put the day first too ("wtorek, 1 maja 2018").
 */
import { isLocale } from '@blmk/shared-types';

export const UK_TIME_ZONE = 'Europe/London';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LONG_DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };

/** The UK calendar day (YYYY-MM-DD) of an instant. */
export function londonDay(instant: Date): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: UK_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** A calendar date (YYYY-MM-DD, as Strapi sends `date` fields) or a timestamp, as a UTC-midnight Date of its UK day. */
function calendarDay(value: string | Date): Date | undefined {
  const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : londonDay(value)) : value;
  const match = ISO_DATE.exec(text) ?? (Number.isNaN(Date.parse(text)) ? null : ISO_DATE.exec(londonDay(new Date(text))));
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** "Tuesday 1 May 2018" (English, as en-GB without Intl's comma); undefined for no or no real date. */
export function mailDate(value: string | Date | null | undefined, language: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const day = calendarDay(value);
  if (!day) return undefined;
  if (!isLocale(language) || language === 'en') {
    const parts = new Intl.DateTimeFormat('en-GB', LONG_DATE).formatToParts(day);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
    return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
  }
  return new Intl.DateTimeFormat(language, LONG_DATE).format(day);
}
