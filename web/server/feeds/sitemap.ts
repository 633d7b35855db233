import { element, XML_DECLARATION } from './xml';

export interface SitemapUrl {
  /** Absolute URL. */
  loc: string;
  /** ISO date-time of the last change, when known. */
  lastmod?: string;
}

/** A sitemaps.org urlset. */
export function renderSitemap(urls: SitemapUrl[]): string {
  const entries = urls.map((url) => `<url>${element('loc', url.loc)}${element('lastmod', url.lastmod)}</url>`);
  return [XML_DECLARATION, '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...entries, '</urlset>', ''].join('\n');
}

/** robots.txt: everything may be crawled except the preview route; the sitemap's address. */
export function renderRobots(sitemapUrl: string): string {
  return ['User-agent: *', 'Allow: /', 'Disallow: /api/preview', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
