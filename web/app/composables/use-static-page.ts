import type { PagesCollectionItem } from '@nuxt/content';

/** A page from content/*.md by its path, e.g. '/about'; a 404 page when there is none. */
export async function useStaticPage(path: string) {
  const url = `/api/pages${path.split('/').map(encodeURIComponent).join('/')}`;
  const { data, error } = await useAsyncData(`page:${path}`, () => $fetch<PagesCollectionItem>(url, { retry: 0 }));
  if (error.value) throw pageErrorFrom(error.value);
  if (!data.value) throw notFoundError();
  return data as Ref<PagesCollectionItem>;
}
