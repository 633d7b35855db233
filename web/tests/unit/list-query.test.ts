import { describe, expect, test } from 'vitest';
import { ListQueryError, parseListQuery } from '../../shared/list-query';

describe('list pages check their query string against their schema', () => {
  test('good values pass, trimmed; blanks count as not given; the page defaults to 1', () => {
    expect(parseListQuery('vacancies', { band: 'Band 6', contractType: 'bank', location: '  Luton ', sort: 'closing-latest', page: '2' })).toEqual({
      page: 2,
      band: 'Band 6',
      contractType: 'bank',
      location: 'Luton',
      sort: 'closing-latest',
    });
    expect(parseListQuery('vacancies', { band: '', contractType: '', location: '', sort: '' })).toEqual({ page: 1 });
    expect(parseListQuery('news', { priority: 'P3.1', organisation: 'luton-council' })).toEqual({ page: 1, priority: 'P3.1', organisation: 'luton-council' });
  });

  test('what a list does not name never reaches the query (no populate, no status, no other list’s filter)', () => {
    const query = { populate: '*', status: 'draft', 'filters[slug][$eq]': 'x', band: 'Band 6', utm_source: 'mail' };
    expect(parseListQuery('news', query)).toEqual({ page: 1 });
    expect(parseListQuery('briefs', { ...query, page: '3' })).toEqual({ page: 3 });
  });

  test.each([
    ['vacancies', { band: 'Band 99' }, 'band must be one of: Band 1'],
    ['vacancies', { contractType: 'zero-hours' }, 'contractType must be one of'],
    ['vacancies', { sort: 'title' }, 'sort must be one of: closing-soonest, closing-latest'],
    ['vacancies', { location: '<b>' }, 'location must be plain text of at most 100 characters.'],
    ['vacancies', { location: 'x'.repeat(101) }, 'location must be plain text'],
    ['vacancies', { location: ['Luton', 'Bedford'] }, 'location must be given once.'],
    ['news', { priority: 'P1; drop' }, 'priority must be a priority code such as P3.1.'],
    ['news', { organisation: 'not a slug' }, 'organisation must be a slug.'],
    ['news', { page: '0' }, 'page must be a whole number from 1 to 10000.'],
    ['briefs', { page: '1.5' }, 'page must be a whole number from 1 to 10000.'],
    ['events', { page: '-1' }, 'page must be a whole number from 1 to 10000.'],
    ['leadership', { page: '10001' }, 'page must be a whole number from 1 to 10000.'],
    ['leadership', { page: ['1', '2'] }, 'page must be given once.'],
    ['search', { page: '1001' }, 'page must be a whole number from 1 to 1000.'],
    ['search', { q: 'a\u0000b' }, 'q must be printable text.'],
  ] as const)('%s %j is refused: %s', (list, query, message) => {
    expect(() => parseListQuery(list, query)).toThrow(ListQueryError);
    expect(() => parseListQuery(list, query)).toThrow(message);
  });

  test('search words are trimmed and may be longer than the CMS takes (the page says so)', () => {
    expect(parseListQuery('search', { q: '  cancer care ', page: '2' })).toEqual({ page: 2, q: 'cancer care' });
    expect(parseListQuery('search', { q: 'x'.repeat(201) }).q).toHaveLength(201);
    expect(parseListQuery('search', {})).toEqual({ page: 1 });
  });
});
