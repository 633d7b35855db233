import type { LeadershipUpdate, StrapiListResponse } from '@blmk/shared-types';
import type { CmsClient } from '../client';
import { findNewestFirst } from '../newest-first';
import { LEADERSHIP_PAGE_SIZE } from '../page-sizes';
import type { PageListParams, SlugParams } from './params';

/**
 * One page of leadership updates, the latest appointment first; those without a date
 * after all dated ones, newest published first.
 */
export function fetchLeadershipUpdatePage(
  cms: CmsClient,
  { locale, page = 1, pageSize = LEADERSHIP_PAGE_SIZE }: PageListParams,
): Promise<StrapiListResponse<LeadershipUpdate>> {
  return findNewestFirst(cms, 'leadership-update', { locale, dateField: 'effectiveDate', thenBy: ['publishedAt:desc', 'personName:asc'], page, pageSize });
}

export function fetchLeadershipUpdate(cms: CmsClient, { locale, slug }: SlugParams): Promise<LeadershipUpdate | null> {
  return cms.findBySlug('leadership-update', slug, { locale });
}
