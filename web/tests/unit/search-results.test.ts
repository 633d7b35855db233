import { describe, expect, test } from 'vitest';
import { checkQueryParams, QueryParamError } from '../../shared/cms/registry';
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
    ['news-item', '/news/a-story'],
    ['brief', '/briefs/a-story'],
    ['vacancy', '/vacancies/a-story'],
    ['event', '/events/a-story'],
    ['leadership-update', '/leadership/a-story'],
  ] as const)('%s results link to %s', (type, path) => {
    expect(searchHitPath({ type, slug: 'a-story' })).toBe(path);
  });
});

describe('the site endpoint checks search parameters before asking the CMS', () => {
  test('q is required, 1 to 200 characters, trimmed', () => {
    expect(checkQueryParams('search', { q: '  cancer care ', page: '2' })).toMatchObject({ q: 'cancer care', page: 2, locale: 'en' });
    expect(() => checkQueryParams('search', {})).toThrow(new QueryParamError('q is required.'));
    expect(() => checkQueryParams('search', { q: '   ' })).toThrow(new QueryParamError('q must be 1 to 200 characters.'));
    expect(() => checkQueryParams('search', { q: 'x'.repeat(201) })).toThrow(new QueryParamError('q must be 1 to 200 characters.'));
    expect(() => checkQueryParams('search', { q: ['a', 'b'] })).toThrow(QueryParamError);
  });

  test('pages and page sizes stay within what the CMS answers', () => {
    expect(() => checkQueryParams('search', { q: 'plan', page: '1001' })).toThrow(new QueryParamError('page must be a whole number from 1 to 1000.'));
    expect(() => checkQueryParams('search', { q: 'plan', pageSize: '51' })).toThrow(new QueryParamError('pageSize must be a whole number from 1 to 50.'));
    expect(checkQueryParams('news-items', { page: '5000' }).page).toBe(5000);
  });
});
