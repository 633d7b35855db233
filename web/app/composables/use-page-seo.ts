import type { MaybeRefOrGetter } from 'vue';
import { computed, toValue } from 'vue';
import { absoluteUrl } from '#shared/cms/locales';
import { canonicalPath } from '#shared/seo/canonical';
import { jsonLdString, type JsonLd } from '#shared/seo/json-ld';

export interface PageSeo {
  title: MaybeRefOrGetter<string>;
  description?: MaybeRefOrGetter<string | null | undefined>;
  /** "article" for a story, "website" otherwise. */
  type?: 'website' | 'article';
  /** Absolute or site-relative image URL for sharing. */
  image?: MaybeRefOrGetter<string | null | undefined>;
  /** A list page's neighbours (site paths), as <link rel="prev"/"next">. */
  prev?: string;
  next?: string;
  /** Structured data for this page; null entries are left out. */
  jsonLd?: MaybeRefOrGetter<Array<JsonLd | null>>;
}

const SITE_NAME = 'BLMK Health and Care Partnership';

/**
 * A page's title, description, canonical URL, Open Graph and Twitter meta and JSON-LD,
 * in one call. Builders for the structured data are in shared/seo/json-ld.ts.
 */
export function usePageSeo(seo: PageSeo) {
  const { siteUrl } = useRuntimeConfig().public;
  const route = useRoute();
  const canonical = computed(() => absoluteUrl(siteUrl, canonicalPath(route.fullPath)));
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
    ogLocale: 'en_GB',
    ogImage: image,
    twitterCard: () => (image() ? 'summary_large_image' : 'summary'),
    twitterTitle: title,
    twitterDescription: description,
    twitterImage: image,
  });
  useHead(
    computed(() => ({
      link: [
        { rel: 'canonical' as const, href: canonical.value },
        ...(seo.prev ? [{ rel: 'prev' as const, href: absoluteUrl(siteUrl, seo.prev) }] : []),
        ...(seo.next ? [{ rel: 'next' as const, href: absoluteUrl(siteUrl, seo.next) }] : []),
      ],
      script: (toValue(seo.jsonLd) ?? [])
        .filter((data): data is JsonLd => data !== null)
        .map((data) => ({ type: 'application/ld+json', innerHTML: jsonLdString(data) })),
    })),
  );
}
