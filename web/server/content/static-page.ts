import type { PagesCollectionItem } from '@nuxt/content';
import { queryCollection } from '@nuxt/content/server';
import { DEFAULT_LOCALE, LOCALES, localisedPath, type Locale } from '@blmk/shared-types';
import type { H3Event } from 'h3';

export interface StaticPage {
  page: PagesCollectionItem;
  /** The language the page is written in: the reader's, or English when it has no translation. */
  locale: Locale;
}

/**
 * A static page from content/*.md by its path ('/about' → content/about.md), in the
 * reader's language when content/<locale>/ has it, otherwise in English; null when there
 * is none. The translations' own paths (/pl/about) are not pages: /ro/pl/about is none.
 */
export async function findStaticPage(event: H3Event, path: string, locale: Locale): Promise<StaticPage | null> {
  const firstSegment = path.split('/')[1];
  if (LOCALES.some((code) => code === firstSegment)) return null;
  const translated = locale === DEFAULT_LOCALE ? null : await queryCollection(event, 'pages').path(localisedPath(locale, path)).first();
  const page = translated ?? (await queryCollection(event, 'pages').path(path).first());
  return page ? { page, locale: translated ? locale : DEFAULT_LOCALE } : null;
}
