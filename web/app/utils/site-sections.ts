/** The sections of the site, in the order the main navigation lists them; `label` is an i18n key. */
export const SITE_SECTIONS = [
  { to: '/', label: 'nav.home' },
  { to: '/news', label: 'nav.news' },
  { to: '/briefs', label: 'nav.briefs' },
  { to: '/vacancies', label: 'nav.vacancies' },
  { to: '/events', label: 'nav.events' },
  { to: '/leadership', label: 'nav.leadership' },
  { to: '/about', label: 'nav.about' },
  { to: '/search', label: 'nav.search' },
] as const;

export type SiteSection = (typeof SITE_SECTIONS)[number];

/** A path without its locale prefix: /pl/news/x → /news/x; /ur → /. */
export function withoutLocalePrefix(path: string, prefixedLocales: readonly string[]): string {
  const [first] = path.split('/').filter(Boolean);
  if (first && prefixedLocales.includes(first)) return path.slice(first.length + 1) || '/';
  return path;
}

/**
 * The breadcrumb trail of a (locale-free) path: its ancestors, never the page itself (as
 * the NHS design system has it). /news/x → Home › News; /news → Home; / → none.
 */
export function breadcrumbTrail(path: string): SiteSection[] {
  const normalised = path.replace(/\/+$/, '') || '/';
  if (normalised === '/') return [];
  const home = SITE_SECTIONS[0];
  const [first, ...rest] = normalised.split('/').filter(Boolean);
  const section = SITE_SECTIONS.find((candidate) => candidate.to === `/${first}`);
  return rest.length && section ? [home, section] : [home];
}
