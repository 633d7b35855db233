import { describe, expect, test } from 'vitest';
import { checkQueryParams, isCmsQueryName, QueryParamError, type CmsQueryName } from '../../shared/cms/registry';

describe('the site endpoint takes only its own named queries', () => {
  test.each([
    ['news-item', true],
    ['open-vacancies', true],
    ['users', false],
    ['__proto__', false],
    ['toString', false],
    [undefined, false],
  ])('%s → %s', (name, expected) => {
    expect(isCmsQueryName(name)).toBe(expected);
  });
});

describe('checkQueryParams', () => {
  test.each<[CmsQueryName, Record<string, unknown>, object]>([
    ['news-items', {}, { locale: 'en' }],
    ['news-items', { page: '2', pageSize: '3' }, { locale: 'en', page: 2, pageSize: 3 }],
    ['news-item', { slug: 'blmk-single-operating-plan' }, { locale: 'en', slug: 'blmk-single-operating-plan' }],
    ['open-vacancies', { today: '2018-05-22', limit: '3' }, { locale: 'en', today: '2018-05-22', limit: 3 }],
    // Parameters a query does not use are checked and ignored; unknown ones are dropped.
    ['briefs', { populate: '*', status: 'draft' }, { locale: 'en' }],
  ])('%s %j', (name, raw, expected) => {
    expect(checkQueryParams(name, raw)).toEqual(expect.objectContaining(expected));
    expect(checkQueryParams(name, raw)).not.toHaveProperty('populate');
  });

  test.each<[CmsQueryName, Record<string, unknown>, string]>([
    ['news-item', {}, 'slug is required.'],
    ['news-item', { slug: 'a b' }, 'Invalid slug.'],
    ['news-item', { slug: ['a', 'b'] }, 'Invalid slug.'],
    ['open-vacancies', {}, 'today is required.'],
    ['open-vacancies', { today: '22 May 2018' }, 'today must be a date, YYYY-MM-DD.'],
    ['news-items', { locale: 'fr' }, 'Unknown locale.'],
    ['news-items', { page: '0' }, 'page must be a whole number from 1 to 10000.'],
    ['news-items', { pageSize: '1000' }, 'pageSize must be a whole number from 1 to 100.'],
    ['news-items', { page: '1.5' }, 'page must be a whole number from 1 to 10000.'],
  ])('%s %j is refused: %s', (name, raw, message) => {
    expect(() => checkQueryParams(name, raw)).toThrow(new QueryParamError(message));
  });
});
