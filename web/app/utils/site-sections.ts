/** The sections of the site, in the order the main navigation lists them. */
export const SITE_SECTIONS = [
  { to: '/', label: 'Home' },
  { to: '/news', label: 'News' },
  { to: '/briefs', label: 'Briefs' },
  { to: '/vacancies', label: 'Vacancies' },
  { to: '/events', label: 'Events' },
  { to: '/leadership', label: 'Leadership' },
  { to: '/about', label: 'About' },
] as const;

/**
 * The breadcrumb trail of a path: its ancestors, never the page itself (as the NHS
 * design system has it). /news/x → Home › News; /news → Home; / → none.
 */
export function breadcrumbTrail(path: string): Array<{ to: string; label: string }> {
  const normalised = path.replace(/\/+$/, '') || '/';
  if (normalised === '/') return [];
  const home = SITE_SECTIONS[0];
  const [first, ...rest] = normalised.split('/').filter(Boolean);
  const section = SITE_SECTIONS.find((candidate) => candidate.to === `/${first}`);
  return rest.length && section ? [home, section] : [home];
}
