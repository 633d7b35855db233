import { createI18n } from 'vue-i18n';
import type { Translate } from '../../shared/utils/translate';
import en from '../../i18n/locales/en.json';
import pl from '../../i18n/locales/pl.json';
import ro from '../../i18n/locales/ro.json';
import ur from '../../i18n/locales/ur.json';

export const LOCALE_MESSAGES = { en, pl, ur, ro };
export type TestLocale = keyof typeof LOCALE_MESSAGES;

/**
 * The `t` a page in `locale` has: vue-i18n (the library @nuxtjs/i18n runs) over the
 * site's own locale files, so the helpers are tested with the real words and rules.
 */
export function translatorFor(locale: TestLocale): Translate {
  const i18n = createI18n({ legacy: false, locale, fallbackLocale: 'en', messages: LOCALE_MESSAGES, missingWarn: false, fallbackWarn: false });
  const { t } = i18n.global;
  return (key, named = {}, plural) => (plural === undefined ? t(key, named) : t(key, named, plural));
}
