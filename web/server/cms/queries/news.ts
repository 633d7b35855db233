import type { NewsItem, StrapiListResponse } from '@blmk/shared-types';
import type { CmsClient } from '../client';
import { findNewestFirst } from '../newest-first';
import { NEWS_PAGE_SIZE } from '../page-sizes';
import type { Filters } from '../params';
import type { PageListParams, SlugParams } from './params';

export interface NewsListParams extends PageListParams {
  /** A priority's code, e.g. P3.1. */
  priority?: string;
  /** An organisation's slug. */
  organisation?: string;
}

/**
 * News, newest story date first, optionally only that of one priority and/or one
 * organisation. Stories without a date come after all dated ones, newest published first.
 */
export function fetchNewsItems(
  cms: CmsClient,
  { locale, page = 1, pageSize = NEWS_PAGE_SIZE, priority, organisation }: NewsListParams,
): Promise<StrapiListResponse<NewsItem>> {
  const filters: Filters<NewsItem> = {};
  if (priority) filters.priorities = { code: { $eq: priority } };
  if (organisation) filters.organisations = { slug: { $eq: organisation } };
  return findNewestFirst(cms, 'news-item', { locale, dateField: 'storyDate', thenBy: ['publishedAt:desc'], filters, page, pageSize });
}

export function fetchNewsItem(cms: CmsClient, { locale, slug }: SlugParams): Promise<NewsItem | null> {
  return cms.findBySlug('news-item', slug, { locale });
}
