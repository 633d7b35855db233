import type { Event as CmsEvent, EventSession } from '@blmk/shared-types';
import { formatDate, formatTimeRange } from './dates';
import type { Translate } from './translate';

/** The first session date on or after `today` (YYYY-MM-DD), or undefined. */
export function nextSessionDate(event: CmsEvent, today: string): string | undefined {
  return sessionDates(event).find((date) => date >= today);
}

/** An event is upcoming while any of its sessions is today or later. */
export function isUpcomingEvent(event: CmsEvent, today: string): boolean {
  return nextSessionDate(event, today) !== undefined;
}

/** An event has taken place once it has dated sessions and none is today or later. */
export function hasTakenPlace(event: CmsEvent, today: string): boolean {
  return sessionDates(event).length > 0 && !isUpcomingEvent(event, today);
}

/** Upcoming events, the soonest next session first. */
export function upcomingEvents(events: CmsEvent[], today: string): CmsEvent[] {
  return events
    .filter((event) => isUpcomingEvent(event, today))
    .sort((a, b) => (nextSessionDate(a, today) ?? '').localeCompare(nextSessionDate(b, today) ?? ''));
}

function sessionDates(event: CmsEvent): string[] {
  return (event.sessions ?? []).map((session) => session.date).filter(Boolean).sort();
}

/**
 * When a session runs, as a reader should see it: both times when the CMS has them,
 * otherwise the source's own words (e.g. "12.30 am – 4.00 pm", kept because the source
 * is ambiguous), otherwise whatever time is known, otherwise an honest "Time not given".
 */
export function sessionTimes(session: Pick<EventSession, 'startsAt' | 'endsAt' | 'asWritten'>, t: Translate, locale: string): string {
  if (session.startsAt && session.endsAt) return formatTimeRange(session.startsAt, session.endsAt, t, locale) ?? '';
  if (session.asWritten?.trim()) return session.asWritten.trim();
  return formatTimeRange(session.startsAt, session.endsAt, t, locale) ?? t('common.timeNotGiven');
}

/** The session's date ("22 May 2018"), or an honest fallback. */
export function sessionDate(session: Pick<EventSession, 'date'>, t: Translate, locale: string): string {
  return formatDate(session.date, locale) ?? t('common.dateNotGiven');
}
