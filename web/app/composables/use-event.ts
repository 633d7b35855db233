export function useEvent(slug: string) {
  if (!isSlug(slug)) throw notFoundError('Event');
  return useLocalisedEntry(`event:${slug}`, 'event', { slug }, 'Event');
}
