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

/** The types comms officers write and publish; the rest is reference data they link to. */
export const EDITORIAL_CONTENT_TYPES = [
  'api::news-item.news-item',
  'api::brief.brief',
  'api::vacancy.vacancy',
  'api::leadership-update.leadership-update',
  'api::event.event',
] as const satisfies readonly PublicContentType[];

export type EditorialContentType = (typeof EDITORIAL_CONTENT_TYPES)[number];
