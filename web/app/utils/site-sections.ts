import { EDITORIAL_TYPES, SITE_PAGES } from '@blmk/shared-types';

/** The sections of the site, in the order the main navigation lists them; `label` is an i18n key. */
export const SITE_SECTIONS = [
  { to: SITE_PAGES.home, label: 'nav.home' },
  { to: EDITORIAL_TYPES['news-item'].listPath, label: 'nav.news' },
  { to: EDITORIAL_TYPES.brief.listPath, label: 'nav.briefs' },
  { to: EDITORIAL_TYPES.vacancy.listPath, label: 'nav.vacancies' },
  { to: EDITORIAL_TYPES.event.listPath, label: 'nav.events' },
  { to: EDITORIAL_TYPES['leadership-update'].listPath, label: 'nav.leadership' },
  { to: SITE_PAGES.about, label: 'nav.about' },
  { to: SITE_PAGES.search, label: 'nav.search' },
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
