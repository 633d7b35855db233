import { describe, expect, test } from 'vitest';
import { previewUrl } from '../src/preview/preview-url';
import { payloadsFor, signBody } from '../src/webhooks/site-revalidate';

/** The pure parts of what the CMS tells the site: purge payloads, their signature, preview URLs. */

describe('purge payloads', () => {
  test('one per locale and slug, old and new slugs alike, default locale for rows without one', () => {
    const rows = [
      { locale: 'en', slug: 'old-slug' },
      { locale: 'pl', slug: 'polski' },
      { locale: 'en', slug: 'new-slug' },
      { locale: 'en', slug: 'new-slug' },
      { locale: null, slug: 'no-locale' },
    ];
    expect(payloadsFor('publish', 'news-item', 'doc1', rows, undefined, 'en')).toEqual([
      { event: 'publish', model: 'news-item', documentId: 'doc1', locale: 'en', slug: 'old-slug' },
      { event: 'publish', model: 'news-item', documentId: 'doc1', locale: 'pl', slug: 'polski' },
      { event: 'publish', model: 'news-item', documentId: 'doc1', locale: 'en', slug: 'new-slug' },
      { event: 'publish', model: 'news-item', documentId: 'doc1', locale: 'en', slug: 'no-locale' },
    ]);
  });

  test('only the locale the action was for', () => {
    const rows = [
      { locale: 'en', slug: 'a' },
      { locale: 'pl', slug: 'b' },
    ];
    expect(payloadsFor('unpublish', 'brief', 'doc2', rows, 'pl', 'en').map((payload) => payload.slug)).toEqual(['b']);
  });

  test('nothing published before or after: nothing to purge', () => {
    expect(payloadsFor('update', 'vacancy', 'doc3', [], undefined, 'en')).toEqual([]);
  });

  test('the signature is the time and the hex HMAC-SHA256 of "<time>.<body>" (a known vector, as `openssl dgst -sha256 -hmac s3cret` gives it)', () => {
    const body = '{"event":"publish"}';
    const at = Date.UTC(2026, 11, 7, 8, 0, 0, 999); // 1796630400 s; the milliseconds are dropped
    expect(signBody(body, 's3cret', at)).toBe('t=1796630400,sha256=5a4aeba819c30f06cd899cc3658190036db23926c6fa31ccc4c54a325d0268b3');
    // The site checks the same vector (web/tests/unit/revalidate.test.ts): one byte or one second more is another signature.
    expect(signBody(`${body} `, 's3cret', at)).not.toBe(signBody(body, 's3cret', at));
    expect(signBody(body, 's3cret', at + 1000)).not.toBe(signBody(body, 's3cret', at));
  });
});

describe('preview URL', () => {
  test('the site route with secret, type, document, locale and status', () => {
    const url = new URL(previewUrl('https://site.example', 's3cret', 'api::vacancy.vacancy', { documentId: 'abc', locale: 'pl', status: 'draft' })!);
    expect(url.origin + url.pathname).toBe('https://site.example/api/preview');
    expect(Object.fromEntries(url.searchParams)).toEqual({ secret: 's3cret', type: 'vacancy', documentId: 'abc', locale: 'pl', status: 'draft' });
  });

  test.each([
    ['api::event.event', 'event'],
    ['api::leadership-update.leadership-update', 'leadership-update'],
  ])('%s has pages, so it has a preview', (uid, type) => {
    expect(new URL(previewUrl('https://site.example', 's3cret', uid, { documentId: 'ev1' })!).searchParams.get('type')).toBe(type);
  });

  test.each([
    ['a type without a page', 'https://site.example', 's3cret', 'api::organisation.organisation'],
    ['no site', undefined, 's3cret', 'api::news-item.news-item'],
    ['no secret', 'https://site.example', undefined, 'api::news-item.news-item'],
  ])('none for %s', (_label, site, secret, uid) => {
    expect(previewUrl(site, secret, uid, { documentId: 'abc' })).toBeNull();
  });
});
