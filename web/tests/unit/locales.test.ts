import { describe, expect, test } from 'vitest';
import { LOCALE_MESSAGES } from './translator';

/** Every message of a locale file, as "dotted.key" → text. */
function flatten(node: unknown, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) {
      for (const [inner, text] of flatten(value, prefix ? `${prefix}.${key}` : key)) entries.set(inner, text);
    }
  } else {
    entries.set(prefix, node);
  }
  return entries;
}

const english = flatten(LOCALE_MESSAGES.en);
const others = (['pl', 'ur', 'ro'] as const).map((locale) => [locale, flatten(LOCALE_MESSAGES[locale])] as const);

describe('the interface in every language', () => {
  test('English has messages (the comparison below is not empty)', () => {
    expect(english.size).toBeGreaterThan(200);
  });

  test.each(others)('%s has exactly the keys of English', (_locale, messages) => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  test.each([['en', english] as const, ...others])('%s has no empty or non-text message', (_locale, messages) => {
    const bad = [...messages].filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([key]) => key);
    expect(bad).toEqual([]);
  });

  test.each(others)('%s keeps every {placeholder} of the English message', (_locale, messages) => {
    const placeholders = (text: unknown) => [...new Set(String(text).match(/\{\w+\}/g) ?? [])].sort();
    const lost = [...english]
      .filter(([key, text]) => placeholders(text).some((name) => !placeholders(messages.get(key)).includes(name)))
      .map(([key]) => key);
    expect(lost).toEqual([]);
  });
});
