import { EDITORIAL_TYPES, type ContentTypes, type EditorialType } from '@blmk/shared-types';
import type { H3EventContext } from 'h3';
import type { Localised } from '#shared/utils/localised';
import type { Ask, SiteQueries } from '~~/server/cms/site';
import type { StaticPage } from '~~/server/content/static-page';
import type { PreviewEntry } from '~~/server/preview/preview-entry';

/**
 * What the server put on this request for pages to read (server/plugins/site.ts).
 * Pages render on the server only (no page sends JavaScript), so they ask in-process;
 * a failed answer is already the page's error (404/503/500).
 */
interface PageContext {
  siteQueries: SiteQueries;
  staticPage: (path: string, locale: Ask['locale']) => Promise<StaticPage | null>;
  previewEntry: (route: { type: string; documentId: string }) => Promise<PreviewEntry>;
}

function pageContext(): PageContext {
  const context = useRequestEvent()?.context as (H3EventContext & Partial<PageContext>) | undefined;
  if (!context?.siteQueries || !context.staticPage || !context.previewEntry) {
    throw createError({ statusCode: 500, statusMessage: 'Pages are rendered on the server only.', fatal: true });
  }
  return context as PageContext;
}

/** The site's CMS questions (server/cms/site.ts). */
export function useSiteQueries(): SiteQueries {
  return pageContext().siteQueries;
}

/** What this page asks in: the reader's locale, and today's UK date. */
export function useAsk(): Ask {
  return { locale: useContentLocale(), today: useToday() };
}

/**
 * A page from content/*.md by its path, e.g. '/about', in the reader's language when
 * content/<locale>/ has it, else in English (`fallback`); a 404 page when there is none.
 */
export async function useStaticPage(path: string): Promise<StaticPage & { fallback: boolean }> {
  // Before the await: composables need the component's context, which an await loses.
  const find = pageContext().staticPage;
  const locale = useContentLocale();
  const englishFallback = useEnglishFallback();
  const found = await find(path, locale);
  if (!found) throw notFoundError();
  englishFallback.value = found.locale !== locale;
  return { ...found, fallback: englishFallback.value };
}

/** The draft (or published version) a preview link opens: 400/401/404/503 pages when it cannot. */
export function usePreviewEntry(type: string, documentId: string): Promise<PreviewEntry> {
  return pageContext().previewEntry({ type, documentId });
}

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
  const find = queries[ENTRY_QUESTION[type]] as (ask: Ask, slug: string) => Promise<Localised<ContentTypes[T]> | null>;
  const entry = await find(ask, slug);
  if (!entry) throw notFoundError(what);
  fallback.value = entry.fallback;
  return entry;
}
