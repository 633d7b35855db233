import { EDITORIAL_TYPES, type ContentTypes, type EditorialType } from '@blmk/shared-types';
import type { Localised } from '#shared/utils/localised';
import type { SiteQueries } from '~~/server/cms/site';

/** The site question that finds one entry of each type by its slug. */
const ENTRY_QUESTION = {
  'news-item': 'newsItem',
  brief: 'brief',
  vacancy: 'vacancy',
  event: 'event',
  'leadership-update': 'leadershipUpdate',
} as const satisfies Record<EditorialType, keyof SiteQueries>;

/**
 * The entry of an entry page (/news/<slug>...), in the reader's language, or in English
 * under a notice where it has no translation (then the page's canonical URL is the
 * English page: useEnglishFallback). No such slug is a 404 page.
 */
export async function useLocalisedEntry<T extends EditorialType>(type: T, slug: string): Promise<Localised<ContentTypes[T]>> {
  const what = EDITORIAL_TYPES[type].label;
  if (!isSlug(slug)) throw notFoundError(what);
  // Before the await: composables need the component's context, which an await loses.
  const queries = useSiteQueries();
  const ask = useAsk();
  const fallback = useEnglishFallback();
  const find = queries[ENTRY_QUESTION[type]] as (ask: ReturnType<typeof useAsk>, slug: string) => Promise<Localised<ContentTypes[T]> | null>;
  const entry = await find(ask, slug);
  if (!entry) throw notFoundError(what);
  fallback.value = entry.fallback;
  return entry;
}
