import type { MaybeRefOrGetter } from 'vue';
import { computed, toValue } from 'vue';
import { absoluteUrl, DEFAULT_LOCALE, isLocale, LOCALE_FACTS } from '@blmk/shared-types';
import { canonicalPath } from '~/utils/seo/canonical';
import { jsonLdString, type JsonLd } from '~/utils/seo/json-ld';

export interface PageSeo {
  title: MaybeRefOrGetter<string>;
  description?: MaybeRefOrGetter<string | null | undefined>;
  /** "article" for a story, "website" otherwise. */
  type?: 'website' | 'article';
  /** Absolute or site-relative image URL for sharing. */
  image?: MaybeRefOrGetter<string | null | undefined>;
  /** Structured data for this page; null entries are left out. */
  jsonLd?: MaybeRefOrGetter<Array<JsonLd | null>>;
}

const SITE_NAME = 'BLMK Health and Care Partnership';

/**
 * A page's title, description, canonical URL, Open Graph and Twitter meta and JSON-LD,
 * in one call. Builders for the structured data are in app/utils/seo/json-ld.ts. A page
 * showing English content in another locale (no translation yet: useEnglishFallback)
 * names the English page as canonical, which search engines index instead. A list's
 * rel=prev/next head links come from SitePagination, which knows the list's pages.
 */
export function usePageSeo(seo: PageSeo) {
  const { siteUrl } = useRuntimeConfig().public;
  const route = useRoute();
  const { locale } = useI18n();
  const switchLocalePath = useSwitchLocalePath();
  const englishFallback = useEnglishFallback();
  const canonical = computed(() => {
    const path = englishFallback.value ? switchLocalePath(DEFAULT_LOCALE) || route.fullPath : route.fullPath;
    return absoluteUrl(siteUrl, canonicalPath(path));
  });
  const title = () => toValue(seo.title);
  const description = () => toValue(seo.description) ?? undefined;
  const image = () => {
    const value = toValue(seo.image);
    return value ? (/^https?:/.test(value) ? value : absoluteUrl(siteUrl, value)) : undefined;
  };

  useSeoMeta({
    title,
    description,
    ogTitle: title,
    ogDescription: description,
    ogType: seo.type ?? 'website',
    ogUrl: () => canonical.value,
    ogSiteName: SITE_NAME,
    ogLocale: () => LOCALE_FACTS[isLocale(locale.value) ? locale.value : DEFAULT_LOCALE].ogLocale,
    ogImage: image,
    twitterCard: () => (image() ? 'summary_large_image' : 'summary'),
    twitterTitle: title,
    twitterDescription: description,
    twitterImage: image,
  });
  useHead({
    link: () => [{ rel: 'canonical' as const, href: canonical.value }],
    script: () =>
      (toValue(seo.jsonLd) ?? [])
        .filter((data): data is JsonLd => data !== null)
        .map((data) => ({ type: 'application/ld+json' as const, innerHTML: jsonLdString(data) })),
  });
}
