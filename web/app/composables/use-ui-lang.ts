import { computed } from 'vue';

/**
 * The interface's language as attributes, for labels that sit inside content which may
 * be in English on a page in another language (a fact's name inside an English vacancy
 * on /pl/...): each part is then announced in its own language.
 */
export function useUiLang() {
  const { locale, locales } = useI18n();
  return computed(() => {
    const current = locales.value.find((option) => option.code === locale.value);
    return { lang: current?.language ?? locale.value, dir: current?.dir ?? 'ltr' };
  });
}
