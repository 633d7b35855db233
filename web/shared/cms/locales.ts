/**
 * The content locales the site publishes (the CMS has the same four,
 * cms/src/bootstrap/locales.ts). Routes follow @nuxtjs/i18n's prefix_except_default:
 * /news/x in English, /pl/news/x in Polish.
 */
export const LOCALES = ['en', 'pl', 'ur', 'ro'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A site path in a locale: '/news' → '/pl/news'; English keeps the bare path. */
export function sitePathFor(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** An absolute URL of a site path: the home page keeps its slash (https://site/). */
export function absoluteUrl(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}
