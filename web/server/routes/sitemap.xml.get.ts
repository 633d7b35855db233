import { queryCollection } from '@nuxt/content/server';
import { absoluteUrl, EDITORIAL_TYPE_NAMES, EDITORIAL_TYPES, LOCALES, localisedPath, SITE_PAGES } from '@blmk/shared-types';
import { fetchSitemapEntries } from '../cms/queries/sitemap';
import { renderSitemap, type SitemapUrl } from '../feeds/sitemap';

/** Pages every locale has: the home page and the lists (static pages are added from content/). */
const SECTION_PATHS: string[] = [SITE_PAGES.home, ...EDITORIAL_TYPE_NAMES.flatMap((type) => [EDITORIAL_TYPES[type].listPath, ...EDITORIAL_TYPES[type].otherLists])];

/**
 * sitemap.xml: every published page in every locale the site has. Section and static
 * pages exist in each locale (their interface is translated); an entry's page exists
 * in a locale when the CMS has it in that locale. Cached like pages and purged by the
 * CMS's webhook.
 */
export default defineEventHandler(async (event) => {
  const { siteUrl } = useRuntimeConfig(event).public;
  const staticPages = await queryCollection(event, 'pages').select('path').all();
  // content/pl/about.md is the Polish /pl/about, not a page of its own in every locale.
  const isTranslation = (path: string) => LOCALES.some((locale) => path.split('/')[1] === locale);
  const sharedPaths = [...SECTION_PATHS, ...staticPages.map((page) => page.path).filter((path) => !isTranslation(path))];
  let entriesByLocale;
  try {
    entriesByLocale = await Promise.all(LOCALES.map((locale) => fetchSitemapEntries(useCmsClient(), { locale })));
  } catch (error) {
    throw cmsHttpError(error);
  }
  const urls: SitemapUrl[] = LOCALES.flatMap((locale, index) => [
    ...sharedPaths.map((path) => ({ loc: absoluteUrl(siteUrl, localisedPath(locale, path)) })),
    ...entriesByLocale[index]!.map((entry) => ({ loc: absoluteUrl(siteUrl, entry.path), lastmod: entry.updatedAt })),
  ]);
  markCachedPage(event);
  setResponseHeader(event, 'content-type', 'application/xml; charset=utf-8');
  return renderSitemap(urls);
});
