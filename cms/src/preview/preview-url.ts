/**
 * Where the admin's Preview (Strapi 5, config/admin.ts `preview`) shows a draft: the
 * site's secret preview route, which fetches the draft with a read-only API token and
 * renders it uncached and unindexed (web/server/api/preview.get.ts).
 */

/** The types with a page of their own on the site, by UID, with the name the site knows them by. */
const PREVIEWABLE: Record<string, string> = {
  'api::news-item.news-item': 'news-item',
  'api::brief.brief': 'brief',
  'api::vacancy.vacancy': 'vacancy',
  'api::event.event': 'event',
  'api::leadership-update.leadership-update': 'leadership-update',
};

export interface PreviewTarget {
  documentId: string;
  locale?: string | null;
  status?: string | null;
}

/** The preview URL, or null (no preview button) for types without a page or when the site is not configured. */
export function previewUrl(siteUrl: string | undefined, secret: string | undefined, uid: string, target: PreviewTarget): string | null {
  const type = PREVIEWABLE[uid];
  if (!type || !siteUrl || !secret) return null;
  const url = new URL('/api/preview', siteUrl);
  url.searchParams.set('secret', secret);
  url.searchParams.set('type', type);
  url.searchParams.set('documentId', target.documentId);
  url.searchParams.set('locale', target.locale || 'en');
  url.searchParams.set('status', target.status === 'published' ? 'published' : 'draft');
  return url.toString();
}
