import type { PagesCollectionItem } from '@nuxt/content';
import { DEFAULT_LOCALE, type Locale } from '#shared/cms/locales';

interface StaticPage {
  page: PagesCollectionItem;
  /** The language the page is written in: the reader's, or English when it has no translation. */
  locale: Locale;
}

/**
 * A page from content/*.md by its path, e.g. '/about', in the reader's language when
 * content/<locale>/ has it; a 404 page when there is none.
 */
export async function useStaticPage(path: string) {
  const locale = useContentLocale();
  const url = `/api/pages${path.split('/').map(encodeURIComponent).join('/')}`;
  const { data, error } = await useAsyncData(`page:${locale}:${path}`, () =>
    $fetch<StaticPage>(url, { retry: 0, query: locale === DEFAULT_LOCALE ? {} : { locale } }),
  );
  if (error.value) throw pageErrorFrom(error.value);
  if (!data.value) throw notFoundError();
  return data as Ref<StaticPage>;
}
