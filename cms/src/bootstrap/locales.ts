import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALE_FACTS, LOCALES } from '@blmk/shared-types';

/** Creates any missing site locale (@blmk/shared-types' LOCALES) and keeps English the default. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  const existing = new Set(((await locales.find()) as Array<{ code: string }>).map((locale) => locale.code));
  for (const code of LOCALES) {
    if (!existing.has(code)) await locales.create({ code, name: LOCALE_FACTS[code].adminName });
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
}
