import type { Locale } from '@blmk/shared-types';

/** What every query is asked in: the CMS locale. */
export interface LocaleParams {
  locale: Locale;
}
export interface SlugParams extends LocaleParams {
  slug: string;
}
export interface PageListParams extends LocaleParams {
  page?: number;
  pageSize?: number;
}
export interface TodayParams extends LocaleParams {
  /** YYYY-MM-DD, UK time. Passed in so the page and the query agree on the day. */
  today: string;
  limit?: number;
}
