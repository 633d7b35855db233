import { computed } from 'vue';

/**
 * An events list page, upcoming or past: its ?page= (checked: a bad one is a 400, one
 * past the last page a 404), that page of events, and the page's title and SEO.
 */
export async function useEventList(when: 'upcoming' | 'past') {
  const { t } = useI18n();
  const query = useListQuery('events');
  const { page } = query;
  const title = computed(() => (when === 'upcoming' ? t('events.title') : t('events.past')));
  // Before the await: composables need the component's context, which an await loses here.
  usePageSeo({
    title: () => (page > 1 ? t('events.titlePage', { title: title.value, page }) : title.value),
    description: () => (when === 'upcoming' ? t('events.description') : t('events.pastDescription')),
  });
  const events = await useSiteQueries().eventPage(useAsk(), when, query);
  assertPageExists(page, events.pagination.pageCount);
  return { page, title, items: events.items, pageCount: events.pagination.pageCount };
}
