import { checkListFilters, QueryParamError } from '#shared/cms/registry';

/**
 * The page number and filters of a list page's address (?page=2&band=Band%206), checked:
 * a bad value is a 400 page saying what is wrong; page 1 has no ?page, so each list
 * page has one stable address.
 */
export function useListQuery() {
  const query = useRoute().query;
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) raw[key] = Array.isArray(value) ? value[0] : value;
  const page = raw.page === undefined ? 1 : Number(raw.page);
  if (!Number.isInteger(page) || page < 1 || page > 10_000) throw badRequestError('page must be a whole number from 1 to 10000.');
  try {
    return { page, filters: checkListFilters(raw) };
  } catch (error) {
    if (error instanceof QueryParamError) throw badRequestError(error.message);
    throw error;
  }
}
