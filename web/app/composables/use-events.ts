import { EVENTS_PAGE_SIZE } from '#shared/cms/page-sizes';

/** Events with a session today or later, soonest first. */
export function useUpcomingEvents(limit?: number) {
  const today = useToday().value;
  return useLocalisedList(`events:upcoming:${today}:${limit ?? 'all'}`, 'upcoming-events', { today, limit });
}

/**
 * One page of upcoming or past events (UK today decides which), in the reader's
 * language where translated: `{ items, pagination }`.
 */
export function useEventPage(when: 'upcoming' | 'past', page: number) {
  const today = useToday().value;
  const name = when === 'upcoming' ? 'upcoming-event-page' : 'past-event-page';
  return useLocalisedPage(`events:${when}:${today}:${page}`, name, { today, page }, EVENTS_PAGE_SIZE);
}
