/** The content locales the site publishes, as the CMS has them (cms/src/bootstrap/locales.ts). */
export const LOCALES = ['en', 'pl', 'ur', 'ro'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
