import { describe, expect, test } from 'vitest';
import { parsePreviewRequest, PreviewRequestError, type PreviewRequest } from '../../server/preview/preview-request';
import { isPreviewSecret, isValidPreviewToken, signPreviewToken } from '../../server/preview/preview-token';

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
