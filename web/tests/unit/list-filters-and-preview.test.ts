import { describe, expect, test } from 'vitest';
import { checkListFilters, checkQueryParams, QueryParamError } from '../../shared/cms/registry';
import { parsePreviewRequest, PreviewRequestError, type PreviewRequest } from '../../shared/preview/preview-request';
import { isPreviewSecret, isValidPreviewToken, signPreviewToken } from '../../server/utils/preview-token';

describe('checkListFilters', () => {
  test('good filters pass, blanks are left out', () => {
    expect(checkListFilters({ band: 'Band 6', contractType: 'bank', location: '  Luton ', sort: 'closing-latest', priority: 'P3.1', organisation: 'luton-council', page: '2' })).toEqual({
      band: 'Band 6',
      contractType: 'bank',
      location: 'Luton',
      sort: 'closing-latest',
      priority: 'P3.1',
      organisation: 'luton-council',
    });
    expect(checkListFilters({ band: '', contractType: '', location: '', sort: '' })).toEqual({});
  });
  test.each([
    [{ band: 'Band 99' }, 'band must be one of: Band 1'],
    [{ contractType: 'zero-hours' }, 'contractType must be one of'],
    [{ sort: 'title' }, 'sort must be one of: closing-soonest, closing-latest'],
    [{ location: '<b>' }, 'location must be plain text'],
    [{ location: 'x'.repeat(101) }, 'location must be plain text'],
    [{ location: ['a', 'b'] }, 'location must be plain text'],
    [{ priority: 'P1; drop' }, 'priority must be a priority code'],
    [{ organisation: 'not a slug' }, 'organisation must be an organisation slug'],
  ])('%j is refused', (raw, message) => {
    expect(() => checkListFilters(raw)).toThrow(QueryParamError);
    expect(() => checkListFilters(raw)).toThrow(message);
  });
  test('the open-vacancy page query needs today', () => {
    expect(() => checkQueryParams('open-vacancy-page', { locale: 'en' })).toThrow('today is required.');
    expect(checkQueryParams('open-vacancy-page', { locale: 'pl', today: '2026-11-23', band: 'Band 3' })).toMatchObject({ locale: 'pl', band: 'Band 3' });
  });
});

describe('preview requests and tokens', () => {
  const request: PreviewRequest = { type: 'news-item', documentId: 'abc123', locale: 'en', status: 'draft' };

  test('parsing: defaults and refusals', () => {
    expect(parsePreviewRequest({ type: 'vacancy', documentId: 'x1' })).toEqual({ type: 'vacancy', documentId: 'x1', locale: 'en', status: 'draft' });
    expect(parsePreviewRequest({ type: 'event', documentId: 'e1' })).toMatchObject({ type: 'event' });
    expect(parsePreviewRequest({ type: 'leadership-update', documentId: 'l1' })).toMatchObject({ type: 'leadership-update' });
    for (const bad of [{ type: 'organisation', documentId: 'x' }, { type: 'brief', documentId: 'a/b' }, { type: 'brief', documentId: 'x', locale: 'de' }, { type: 'brief', documentId: 'x', status: 'modified' }]) {
      expect(() => parsePreviewRequest(bad)).toThrow(PreviewRequestError);
    }
  });

  test('a token opens that entry until it expires, and nothing else', () => {
    const now = Date.now();
    const expires = now + 60_000;
    const token = signPreviewToken(request, expires, 'secret');
    expect(isValidPreviewToken(request, expires, token, 'secret', now)).toBe(true);
    expect(isValidPreviewToken(request, expires, token, 'secret', expires + 1)).toBe(false);
    expect(isValidPreviewToken({ ...request, documentId: 'other' }, expires, token, 'secret', now)).toBe(false);
    expect(isValidPreviewToken({ ...request, locale: 'pl' }, expires, token, 'secret', now)).toBe(false);
    expect(isValidPreviewToken(request, expires + 1, token, 'secret', now)).toBe(false);
    expect(isValidPreviewToken(request, expires, token, 'another secret', now)).toBe(false);
    expect(isValidPreviewToken(request, expires, token, '', now)).toBe(false);
    expect(isValidPreviewToken(request, expires, undefined, 'secret', now)).toBe(false);
  });

  test('the secret: exact match only, never when none is configured', () => {
    expect(isPreviewSecret('s3cret', 's3cret')).toBe(true);
    expect(isPreviewSecret('s3cre', 's3cret')).toBe(false);
    expect(isPreviewSecret(['s3cret'], 's3cret')).toBe(false);
    expect(isPreviewSecret('', '')).toBe(false);
  });
});
