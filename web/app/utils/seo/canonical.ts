/**
 * The canonical address of a page: its path, plus ?page=N for later pages of a list.
 * Filters and anything else in the query are left out, so filtered and tracked
 * addresses point search engines at the one page.
 */
export function canonicalPath(fullPath: string): string {
  const [withoutHash = '/'] = fullPath.split('#', 1);
  const [path = '/', query = ''] = withoutHash.split('?', 2);
  const page = new URLSearchParams(query).get('page');
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return page && /^[1-9]\d*$/.test(page) && page !== '1' ? `${clean}?page=${page}` : clean;
}
