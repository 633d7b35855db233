/** Every published event; split them with upcomingEvents() and pastEvents(). */
export function useEvents() {
  return useLocalisedList('events', 'events', {});
}

/** Events with a session today or later, soonest first. */
export function useUpcomingEvents(limit?: number) {
  const today = useToday().value;
  return useLocalisedList(`events:upcoming:${today}:${limit ?? 'all'}`, 'upcoming-events', { today, limit });
}
