import type { ContentTypeName, StrapiListResponse } from '@blmk/shared-types';
import type { CmsClient, Entry } from './client';
import type { Filters, Sort, SortableField } from './params';

export interface NewestFirstParams<T extends ContentTypeName> {
  locale: string;
  /** The date that orders the list, newest first (a story date, an effective date). */
  dateField: SortableField<Entry<T>>;
  /** How entries with the same date, and entries without one, are ordered. */
  thenBy: Sort<Entry<T>>[];
  filters?: Filters<Entry<T>>;
  page: number;
  pageSize: number;
}

/**
 * One page of a list newest first by a date that some entries lack: those come after
 * every dated one. Two queries, because databases disagree on where NULLs sort (last in
 * SQLite, first in PostgreSQL) and Strapi's sort cannot say.
 */
export async function findNewestFirst<T extends ContentTypeName>(
  cms: CmsClient,
  type: T,
  { locale, dateField, thenBy, filters = {}, page, pageSize }: NewestFirstParams<T>,
): Promise<StrapiListResponse<Entry<T>>> {
  const offset = (page - 1) * pageSize;
  const withDate = (present: boolean) => ({ ...filters, [dateField]: present ? { $notNull: true } : { $null: true } }) as Filters<Entry<T>>;

  const dated = await cms.find(type, {
    locale,
    filters: withDate(true),
    sort: [`${dateField}:desc` as Sort<Entry<T>>, ...thenBy],
    pagination: { start: offset, limit: pageSize },
  });
  const datedTotal = dated.meta.pagination.total;
  const room = pageSize - dated.data.length;
  const undated = await cms.find(type, {
    locale,
    filters: withDate(false),
    sort: thenBy,
    // Always ask for one at least: the answer's total is needed for the page count.
    pagination: { start: Math.max(0, offset - datedTotal), limit: Math.max(room, 1) },
  });
  const total = datedTotal + undated.meta.pagination.total;
  return {
    data: [...dated.data, ...undated.data.slice(0, room)],
    meta: { pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } },
  };
}
