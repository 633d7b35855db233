import { computed } from 'vue';
import { DEFAULT_LOCALE } from '@blmk/shared-types';

/**
 * `<html lang dir>` from the reader's locale, and an absolute `hreflang` alternate for
 * this page in every locale plus `x-default` (English), so search engines offer each
 * reader their language. Canonical URLs are left to the SEO composables.
 */
export function useLocaleHeadTags() {
  const { locale, locales } = useI18n();
  const switchLocalePath = useSwitchLocalePath();
  const siteUrl = useRuntimeConfig().public.siteUrl.replace(/\/+$/, '');
  const current = computed(() => locales.value.find((option) => option.code === locale.value));

  const absolute = (code: string) => `${siteUrl}${switchLocalePath(code as typeof locale.value) || '/'}`;

  useHead({
    htmlAttrs: {
      lang: () => current.value?.language ?? locale.value,
      dir: () => current.value?.dir ?? 'ltr',
    },
    link: () => [
      ...locales.value.map((option) => ({
        key: `hreflang-${option.code}`,
        rel: 'alternate' as const,
        hreflang: option.language ?? option.code,
        href: absolute(option.code),
      })),
      { key: 'hreflang-x-default', rel: 'alternate' as const, hreflang: 'x-default', href: absolute(DEFAULT_LOCALE) },
    ],
  });
}
