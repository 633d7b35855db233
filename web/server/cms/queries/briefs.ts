import type { Brief, StrapiListResponse } from '@blmk/shared-types';
import type { CmsClient } from '../client';
import { BRIEFS_PAGE_SIZE } from '../page-sizes';
import type { LocaleParams, PageListParams, SlugParams } from './params';

/** The newest briefs (the home page's latest issue, the feed). */
export async function fetchLatestBriefs(cms: CmsClient, { locale, limit }: LocaleParams & { limit: number }): Promise<Brief[]> {
  return (await fetchBriefPage(cms, { locale, page: 1, pageSize: limit })).data;
}

/** One page of briefs, newest issue first. */
export function fetchBriefPage(cms: CmsClient, { locale, page = 1, pageSize = BRIEFS_PAGE_SIZE }: PageListParams): Promise<StrapiListResponse<Brief>> {
  return cms.find('brief', { locale, sort: ['issueDate:desc'], pagination: { page, pageSize } });
}

export function fetchBrief(cms: CmsClient, { locale, slug }: SlugParams): Promise<Brief | null> {
  return cms.findBySlug('brief', slug, { locale });
}
