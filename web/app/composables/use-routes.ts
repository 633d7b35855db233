import { entryPath, listPath, pagePath, type EditorialType, type SitePage } from '@blmk/shared-types';

/**
 * The site's addresses in the reader's language, from the one route map
 * (@blmk/shared-types' routes): `routes.entry('news-item', slug)` → /pl/news/<slug>.
 */
export function useRoutes() {
  const locale = useContentLocale();
  return {
    entry: (type: EditorialType, slug: string) => entryPath(type, slug, locale),
    list: (type: EditorialType) => listPath(type, locale),
    page: (page: SitePage) => pagePath(page, locale),
  };
}
