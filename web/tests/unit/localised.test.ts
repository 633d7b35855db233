import { describe, expect, test } from 'vitest';
import { mergeTranslations } from '../../shared/utils/localised';
import { breadcrumbTrail, withoutLocalePrefix } from '../../app/utils/site-sections';

describe('mergeTranslations', () => {
  const english = [
    { documentId: 'a', title: 'One' },
    { documentId: 'b', title: 'Two' },
    { documentId: 'c', title: 'Three' },
  ];

  test('keeps the English order and swaps in each translation, marking the rest as English', () => {
    const merged = mergeTranslations(english, [{ documentId: 'b', title: 'Dwa' }, { documentId: 'z', title: 'Tylko po polsku' }], 'pl');
    expect(merged).toEqual([
      { value: { documentId: 'a', title: 'One' }, locale: 'en', fallback: true },
      { value: { documentId: 'b', title: 'Dwa' }, locale: 'pl', fallback: false },
      { value: { documentId: 'c', title: 'Three' }, locale: 'en', fallback: true },
    ]);
  });

  test('English readers never see a fallback', () => {
    expect(mergeTranslations(english, [], 'en').every((entry) => !entry.fallback && entry.locale === 'en')).toBe(true);
  });
});

describe('paths and breadcrumbs', () => {
  test.each([
    ['/pl/news/x', '/news/x'],
    ['/ur', '/'],
    ['/ro/', '/'],
    ['/news/x', '/news/x'],
    ['/plan', '/plan'],
    ['/', '/'],
  ])('%s without its locale is %s', (path, expected) => {
    expect(withoutLocalePrefix(path, ['pl', 'ur', 'ro'])).toBe(expected);
  });

  test.each([
    ['/', []],
    ['/news', ['/']],
    ['/news/some-story', ['/', '/news']],
    ['/vacancies/a-job/', ['/', '/vacancies']],
    ['/no/such/page', ['/']],
  ])('%s has the trail %j', (path, expected) => {
    expect(breadcrumbTrail(path).map((item) => item.to)).toEqual(expected);
  });
});
