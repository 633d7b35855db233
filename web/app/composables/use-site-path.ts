import { computed } from 'vue';
import { DEFAULT_LOCALE } from '@blmk/shared-types';

/** The current route's path without its locale prefix, for matching sections and breadcrumbs. */
export function useSitePath() {
  const route = useRoute();
  const { locales } = useI18n();
  const prefixed = computed(() => locales.value.map((locale) => locale.code).filter((code) => code !== DEFAULT_LOCALE));
  return computed(() => withoutLocalePrefix(route.path, prefixed.value));
}
