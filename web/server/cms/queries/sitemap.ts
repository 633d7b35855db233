import { editorialTypesWhere, entryPath, type EditorialType } from '@blmk/shared-types';
import type { CmsClient } from '../client';
import type { LocaleParams } from './params';

/** A page of one entry, for the sitemap: where it lives and when it last changed. */
export interface SitemapEntry {
  path: string;
  updatedAt: string;
}

async function entriesOf(cms: CmsClient, type: EditorialType, locale: LocaleParams['locale']): Promise<SitemapEntry[]> {
  // Only what a sitemap needs: no populate is sent anyway, and the slug orders the list stably.
  const entries = await cms.findAll(type, { locale, sort: ['slug:asc'] });
  return entries.map((entry) => ({ path: entryPath(type, entry.slug, locale), updatedAt: entry.updatedAt }));
}

/**
 * Every published entry with a page of its own in a locale (closed vacancies and past
 * events too: their pages stay), for the types the table puts in the sitemap.
 */
export async function fetchSitemapEntries(cms: CmsClient, { locale }: LocaleParams): Promise<SitemapEntry[]> {
  return (await Promise.all(editorialTypesWhere('inSitemap').map((type) => entriesOf(cms, type, locale)))).flat();
}
