import type { Ref } from 'vue';
import type { CmsEntryQueryName, CmsQueryName, CmsQueryParams, CmsQueryResult } from '#shared/cms/registry';

/**
 * Runs one of the site's named CMS queries through /api/cms/<name> (in-process during
 * server rendering, over HTTP on client-side navigation; see server/api/cms/[query].get.ts),
 * cached under `key` so the browser reuses the server's answer when it hydrates.
 * A failure becomes the page's error (404 or 503), so callers get data or nothing.
 */
export async function useCmsQuery<N extends CmsQueryName>(key: string, name: N, params: CmsQueryParams<N>) {
  const { data, error } = await useAsyncData(key, () =>
    // No retry: ofetch retries a 503 once by default, doubling the wait (and the load)
    // while the CMS is down; the page says "try again later" instead.
    $fetch<CmsQueryResult<N>>(`/api/cms/${name}`, { query: { ...params }, retry: 0 }),
  );
  if (error.value) throw pageErrorFrom(error.value);
  // Without an error the request has finished, so the data is there.
  return data as Ref<CmsQueryResult<N>>;
}

/** For single entries: /api/cms answers 404 when there is none, and so does the page. */
export async function useCmsEntry<N extends CmsEntryQueryName>(
  key: string,
  name: N,
  params: CmsQueryParams<N>,
  what: string,
) {
  const entry = await useCmsQuery(key, name, params);
  if (!entry.value) throw notFoundError(what);
  return entry as Ref<NonNullable<CmsQueryResult<N>>>;
}
