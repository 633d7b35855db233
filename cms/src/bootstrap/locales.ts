import type { Core } from '@strapi/strapi';

/**
 * The site's languages: English (default) plus community languages of Bedfordshire,
 * Luton and Milton Keynes. Urdu is written right to left; the site sets `dir`.
 */
export const SITE_LOCALES = [
  { code: 'en', name: 'English (en)' },
  { code: 'pl', name: 'Polish (pl)' },
  { code: 'ur', name: 'Urdu (ur)' },
  { code: 'ro', name: 'Romanian (ro)' },
] as const;

/** Creates any missing locale and keeps English the default. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  const existing = new Set(((await locales.find()) as Array<{ code: string }>).map((locale) => locale.code));
  for (const locale of SITE_LOCALES) {
    if (!existing.has(locale.code)) await locales.create({ code: locale.code, name: locale.name });
  }
  if ((await locales.getDefaultLocale()) !== 'en') await locales.setDefaultLocale({ code: 'en' });
}
