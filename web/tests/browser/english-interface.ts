import type { Page } from 'playwright-core';
import en from '../../i18n/locales/en.json';
import pl from '../../i18n/locales/pl.json';
import ro from '../../i18n/locales/ro.json';
import ur from '../../i18n/locales/ur.json';

export const TRANSLATED_LOCALES = ['pl', 'ur', 'ro'] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];
const MESSAGES = { pl, ur, ro };

function flatten(node: unknown, prefix = ''): Array<[string, string]> {
  if (typeof node === 'string') return [[prefix, node]];
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => flatten(value, prefix ? `${prefix}.${key}` : key));
}

/**
 * Words the site writes in English that are not in the locale files: what the helpers
 * wrote before they took the reader's `t` (salary, hours, contract and time wording).
 */
const ENGLISH_HELPER_WORDS = ['a year', 'a month', 'an hour', 'hours a week', 'hour a week', 'Permanent', 'Fixed term', 'Secondment', 'Apprenticeship', 'Up to £', 'From £', 'Time not given', 'Date not given', 'ending'];

const wordPattern = (piece: string) => new RegExp(`(?<!\\p{L})${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');

/**
 * The English interface text that must not show on a page in `locale`: every English
 * message whose translation differs, cut at its {placeholders} into the literal pieces a
 * page would show, plus the helper words above. Left out: pieces shorter than four
 * letters ("of", "to" would match too much) and names the translations keep themselves
 * ("Central Brief", "BLMK"; Romanian "Contact" is a Romanian word too).
 */
export function englishInterfaceText(locale: TranslatedLocale): string[] {
  const messages = flatten(MESSAGES[locale]);
  const translated = new Map(messages);
  const keptInTranslation = (piece: string) => messages.some(([, text]) => wordPattern(piece).test(text));
  const pieces = flatten(en)
    .filter(([key, text]) => translated.get(key) !== text)
    .flatMap(([, text]) => text.replace(/\{'(.)'\}/g, '$1').split(/\{\w+\}|\|/))
    .map((piece) => piece.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((piece) => piece.replace(/[^\p{L}]/gu, '').length >= 4 && !keptInTranslation(piece));
  return [...new Set([...pieces, ...ENGLISH_HELPER_WORDS])];
}

/**
 * The text a reader meets on the page, visible or read out (visually hidden text,
 * aria-label, title, alt, placeholder), leaving out whatever sits inside an element
 * marked as English (content without a translation, the language switcher's
 * "English"). The document's title too, unless the page shows English content, whose
 * name the title then carries.
 */
export function textOutsideEnglish(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const english = (element: Element | null) => (element?.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('en');
    const texts: string[] = document.querySelector('main [lang^="en"]') ? [] : [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || english(parent) || parent.closest('script, style, template')) continue;
      // A closed select's options are not rendered, but a reader meets them all.
      if (!parent.checkVisibility() && !parent.closest('option')) continue;
      const text = node.textContent?.replace(/\s+/g, ' ').trim();
      if (text) texts.push(text);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (english(element)) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** The English pieces found in `texts`, each with where it was found. */
export function englishFound(texts: string[], english: string[]): string[] {
  const patterns = english.map((piece) => [piece, wordPattern(piece)] as const);
  return texts.flatMap((text) => patterns.filter(([, pattern]) => pattern.test(text)).map(([piece]) => `"${piece}" in "${text}"`));
}
