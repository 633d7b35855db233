import { ListQueryError, parseListQuery, type ListName } from '#shared/list-query';

/**
 * The query string of a list or search page (?page=2&band=Band%206), checked against the
 * list's schema (shared/list-query.ts): a bad value is a 400 page saying what is wrong;
 * page 1 has no ?page, so each list page has one stable address.
 */
export function useListQuery<N extends ListName>(list: N) {
  try {
    return parseListQuery(list, useRoute().query);
  } catch (error) {
    if (error instanceof ListQueryError) throw badRequestError(error.message);
    throw error;
  }
}

/** A page number past a list's last page is a 404 (page 1 of an empty list is not). */
export function assertPageExists(page: number, pageCount: number): void {
  if (page > 1 && page > pageCount) throw notFoundError();
}
