import { describe, expect, test } from 'vitest';
import { searchHitPath, snippetParts } from '../../shared/utils/search-results';

describe('snippetParts', () => {
  test('splits marked words from the text around them', () => {
    expect(snippetParts('the <mark>Single</mark> <mark>Operating</mark> plan')).toEqual([
      { text: 'the ', marked: false },
      { text: 'Single', marked: true },
      { text: ' ', marked: false },
      { text: 'Operating', marked: true },
      { text: ' plan', marked: false },
    ]);
  });

  test('decodes the escaped text back to what the editor wrote', () => {
    expect(snippetParts('Boots &amp; &lt;b&gt;<mark>Lloyds</mark>&lt;/b&gt; &quot;x&quot; it&#39;s')).toEqual([
      { text: 'Boots & <b>', marked: false },
      { text: 'Lloyds', marked: true },
      { text: '</b> "x" it\'s', marked: false },
    ]);
  });

  test('keeps any other markup as text, decoding entities once only', () => {
    expect(snippetParts('<script>x</script> &amp;lt;')).toEqual([{ text: '<script>x</script> &lt;', marked: false }]);
  });
});

describe('searchHitPath', () => {
  test.each([
    ['news-item', 'en', '/news/a-story'],
    ['brief', 'en', '/briefs/a-story'],
    ['vacancy', 'pl', '/pl/vacancies/a-story'],
    ['event', 'ur', '/ur/events/a-story'],
    ['leadership-update', 'ro', '/ro/leadership/a-story'],
  ] as const)('%s results in %s link to %s', (type, locale, path) => {
    expect(searchHitPath({ type, slug: 'a-story', locale })).toBe(path);
  });
});
