import { queryCollection } from '@nuxt/content/server';
import { DEFAULT_LOCALE, isLocale, LOCALES, sitePathFor } from '#shared/cms/locales';

/**
 * A static page from content/*.md by its path (/api/pages/about → content/about.md), in
 * the reader's language when it has a translation (?locale=pl → content/pl/about.md),
 * otherwise in English; `locale` says which was found. Pages read them through this
 * endpoint so that client-side navigation does not download Nuxt Content's in-browser
 * SQLite database for a few pages.
 */
export default defineEventHandler(async (event) => {
  const path = `/${getRouterParam(event, 'path') ?? ''}`;
  const requested = getQuery(event).locale;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  // The translations' own paths (/pl/about) are not pages: /ro/pl/about must not show Polish.
  const firstSegment = path.split('/')[1];
  if (LOCALES.some((code) => code === firstSegment)) throw createError({ statusCode: 404, statusMessage: 'Page not found' });

  const translated = locale === DEFAULT_LOCALE ? null : await queryCollection(event, 'pages').path(sitePathFor(locale, path)).first();
  const page = translated ?? (await queryCollection(event, 'pages').path(path).first());
  if (!page) throw createError({ statusCode: 404, statusMessage: 'Page not found' });
  return { page, locale: translated ? locale : DEFAULT_LOCALE };
});
