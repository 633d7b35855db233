import type { Locale } from '@blmk/shared-types';
import type { Translate } from '#shared/utils/translate';
import en from '../../i18n/locales/en.json';
import pl from '../../i18n/locales/pl.json';
import ro from '../../i18n/locales/ro.json';
import ur from '../../i18n/locales/ur.json';

const MESSAGES: Record<Locale, unknown> = { en, pl, ur, ro };

function lookup(messages: unknown, key: string): string | undefined {
  const value = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
  return typeof value === 'string' ? value : undefined;
}

/**
 * The interface's words for server routes that are not pages (the feeds), from the same
 * i18n/locales files as the pages. Those routes use plain messages with {named} values
 * only, so this small lookup does; a key missing in a locale falls back to English.
 */
export function serverTranslate(locale: Locale): Translate {
  return (key, named = {}) => {
    const message = lookup(MESSAGES[locale], key) ?? lookup(MESSAGES.en, key) ?? key;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in named ? String(named[name]) : whole));
  };
}
