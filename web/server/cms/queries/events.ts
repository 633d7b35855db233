import type { Event as CmsEvent, StrapiListResponse } from '@blmk/shared-types';
import { upcomingEvents } from '#shared/utils/event-dates';
import type { CmsClient } from '../client';
import { EVENTS_PAGE_SIZE } from '../page-sizes';
import type { LocaleParams, SlugParams, TodayParams } from './params';

export interface EventPageParams extends LocaleParams {
  /** YYYY-MM-DD, UK time. Passed in so the page and the query agree on the day. */
  today: string;
  page?: number;
  pageSize?: number;
}

/** One page of an ordered list, in Strapi's list shape. */
function pageOf(events: CmsEvent[], page: number, pageSize: number): StrapiListResponse<CmsEvent> {
  const total = events.length;
  return {
    data: events.slice((page - 1) * pageSize, page * pageSize),
    meta: { pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } },
  };
}

/**
 * Events with a session today or later (the CMS keeps each event's last session date,
 * cms/src/api/event/session-dates.ts), soonest next session first.
 */
async function findUpcoming(cms: CmsClient, locale: string, today: string): Promise<CmsEvent[]> {
  const events = await cms.findAll('event', { locale, filters: { lastSessionDate: { $gte: today } } });
  // Strapi cannot sort by a repeatable component's field, so order by the next session here.
  return upcomingEvents(events, today);
}

/** Events with a session today or later, soonest first. */
export async function fetchUpcomingEvents(cms: CmsClient, { locale, today, limit }: TodayParams): Promise<CmsEvent[]> {
  const upcoming = await findUpcoming(cms, locale, today);
  return limit === undefined ? upcoming : upcoming.slice(0, limit);
}

/** One page of upcoming events, soonest next session first. */
export async function fetchUpcomingEventPage(cms: CmsClient, { locale, today, page = 1, pageSize = EVENTS_PAGE_SIZE }: EventPageParams) {
  return pageOf(await findUpcoming(cms, locale, today), page, pageSize);
}

/**
 * One page of past events (dated sessions, none today or later: hasTakenPlace), the
 * latest last session first: one query for the page, whatever the number of events.
 * An event with no dated session is neither upcoming nor past, as on its own page.
 */
export function fetchPastEventPage(cms: CmsClient, { locale, today, page = 1, pageSize = EVENTS_PAGE_SIZE }: EventPageParams) {
  return cms.find('event', {
    locale,
    filters: { lastSessionDate: { $lt: today } },
    sort: ['lastSessionDate:desc', 'title:asc'],
    pagination: { page, pageSize },
  });
}

/** One event by slug, upcoming or past: a past event keeps its page. */
export function fetchEvent(cms: CmsClient, { locale, slug }: SlugParams): Promise<CmsEvent | null> {
  return cms.findBySlug('event', slug, { locale });
}
