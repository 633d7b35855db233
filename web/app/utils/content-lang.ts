import type { Localised } from '#shared/utils/localised';

/**
 * Attributes for an element holding content in English on a page in another language:
 * its language for screen readers (WCAG 3.1.2) and its direction on right-to-left pages.
 */
export function contentLangAttrs(entry: Pick<Localised<unknown>, 'fallback'>): Record<string, string> {
  return entry.fallback ? { lang: 'en', dir: 'ltr' } : {};
}
