/** Every published event; split them with upcomingEvents() and pastEvents(). */
export function useEvents() {
  const locale = useContentLocale();
  return useCmsQuery(`events:${locale}`, 'events', { locale });
}

/** Events with a session today or later, soonest first. */
export function useUpcomingEvents(limit?: number) {
  const locale = useContentLocale();
  const today = useToday().value;
  return useCmsQuery(`events:upcoming:${locale}:${today}:${limit ?? 'all'}`, 'upcoming-events', { locale, today, limit });
}
