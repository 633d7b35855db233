/**
 * Whether this page shows an entry in English because the reader's language has no
 * translation. useLocalisedEntry sets it; usePageSeo reads it (the canonical URL is then
 * the English page), so no page can forget it.
 */
export function useEnglishFallback() {
  return useState('english-fallback', () => false);
}
