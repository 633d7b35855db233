import { LEADERSHIP_PAGE_SIZE } from '#shared/cms/page-sizes';

/** One page of leadership updates, latest first, in the reader's language where translated: `{ items, pagination }`. */
export function useLeadershipUpdatePage(page: number) {
  return useLocalisedPage(`leadership-updates:page:${page}`, 'leadership-update-page', { page }, LEADERSHIP_PAGE_SIZE);
}

/** One leadership update by slug, in translation where there is one; a 404 page when there is none. */
export function useLeadershipUpdate(slug: string) {
  if (!isSlug(slug)) throw notFoundError('Leadership update');
  return useLocalisedEntry(`leadership-update:${slug}`, 'leadership-update', { slug }, 'Leadership update');
}
