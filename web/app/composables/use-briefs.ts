import type { Localised } from '#shared/utils/localised';
import type { Brief } from '@blmk/shared-types';
import type { Ref } from 'vue';
import { DEFAULT_LOCALE } from '#shared/cms/locales';
import { BRIEFS_PAGE_SIZE } from '#shared/cms/page-sizes';

export function useBriefs() {
  return useLocalisedList('briefs', 'briefs', {});
}

/** One page of briefs, newest first, in the reader's language where translated: `{ items, pagination }`. */
export function useBriefPage(page: number) {
  return useLocalisedPage(`briefs:page:${page}`, 'brief-page', { page }, BRIEFS_PAGE_SIZE);
}

/** The newest issue (in translation where there is one), or null when none is published. */
export async function useLatestBrief() {
  const locale = useContentLocale();
  const { data, error } = await useAsyncData(`brief:latest:${locale}`, async () => {
    const latest = (lang: string) => $fetch<Brief | null>('/api/cms/latest-brief', { query: { locale: lang }, retry: 0 });
    const [english, translated] = await Promise.all([
      latest(DEFAULT_LOCALE),
      locale === DEFAULT_LOCALE ? Promise.resolve(null) : latest(locale),
    ]);
    return mergeTranslations(english ? [english] : [], translated ? [translated] : [], locale)[0] ?? null;
  });
  if (error.value) throw pageErrorFrom(error.value);
  return data as Ref<Localised<Brief> | null>;
}
