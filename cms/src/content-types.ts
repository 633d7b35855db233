/**
 * The editorial content types the public site reads. One list, so the public API,
 * the seed import and the tests agree on what is public.
 */
export const PUBLIC_CONTENT_TYPES = [
  'api::news-item.news-item',
  'api::brief.brief',
  'api::vacancy.vacancy',
  'api::leadership-update.leadership-update',
  'api::event.event',
  'api::organisation.organisation',
  'api::priority.priority',
  'api::person.person',
] as const;

export type PublicContentType = (typeof PUBLIC_CONTENT_TYPES)[number];
