import type { MaybeRefOrGetter } from 'vue';
import { computed, toValue } from 'vue';
import { absoluteUrl, DEFAULT_LOCALE } from '#shared/cms/locales';
import { canonicalPath } from '#shared/seo/canonical';
import { jsonLdString, type JsonLd } from '#shared/seo/json-ld';

export interface PageSeo {
  title: MaybeRefOrGetter<string>;
  description?: MaybeRefOrGetter<string | null | undefined>;
  /** "article" for a story, "website" otherwise. */
  type?: 'website' | 'article';
  /** Absolute or site-relative image URL for sharing. */
  image?: MaybeRefOrGetter<string | null | undefined>;
  /**
   * True when the page shows English content in another locale (no translation yet):
   * its canonical URL is then the English page, which search engines index instead.
   */
  englishFallback?: MaybeRefOrGetter<boolean>;
  /** Structured data for this page; null entries are left out. */
  jsonLd?: MaybeRefOrGetter<Array<JsonLd | null>>;
}

const SITE_NAME = 'BLMK Health and Care Partnership';

/** Open Graph locales (language_TERRITORY) of the site's locales. */
const OG_LOCALES: Record<string, string> = { en: 'en_GB', pl: 'pl_PL', ur: 'ur_PK', ro: 'ro_RO' };

/**
 * A page's title, description, canonical URL, Open Graph and Twitter meta and JSON-LD,
 * in one call. Builders for the structured data are in shared/seo/json-ld.ts. A list's
 * rel=prev/next head links come from SitePagination, which knows the list's pages.
 */
export function usePageSeo(seo: PageSeo) {
  const { siteUrl } = useRuntimeConfig().public;
  const route = useRoute();
  const { locale } = useI18n();
  const switchLocalePath = useSwitchLocalePath();
  const canonical = computed(() => {
    const path = toValue(seo.englishFallback) ? switchLocalePath(DEFAULT_LOCALE) || route.fullPath : route.fullPath;
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
    ogLocale: () => OG_LOCALES[locale.value] ?? OG_LOCALES[DEFAULT_LOCALE],
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
