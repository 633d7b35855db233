import { describe, expect, test } from 'vitest';
import { isPurged, pagePathOf, pagesToPurge, parseRevalidatePayload, RevalidatePayloadError, type RevalidatePayload } from '../../server/cache/revalidate';
import { checkWebhookSignature, SeenSignatures, SIGNATURE_TOLERANCE_S, signWebhookBody } from '../../server/utils/webhook-signature';

const payload = (overrides: Partial<RevalidatePayload> = {}): RevalidatePayload => ({
  event: 'publish',
  model: 'news-item',
  documentId: 'abc123',
  locale: 'en',
  slug: 'a-story',
  ...overrides,
});

describe('webhook signature', () => {
  const body = '{"event":"publish"}';
  const at = Date.UTC(2026, 11, 7, 8, 0, 0);
  // Computed independently: printf '%s' '1796630400.{"event":"publish"}' | openssl dgst -sha256 -hmac 's3cret'
  const KNOWN = 't=1796630400,sha256=5a4aeba819c30f06cd899cc3658190036db23926c6fa31ccc4c54a325d0268b3';
  test('the exact HMAC of the time and the body under the secret passes, within the tolerance either way', () => {
    expect(signWebhookBody(body, 's3cret', at)).toBe(KNOWN);
    expect(checkWebhookSignature(body, KNOWN, 's3cret', at)).toEqual({ ok: true, signedAt: 1796630400 });
    expect(checkWebhookSignature(body, KNOWN, 's3cret', at + SIGNATURE_TOLERANCE_S * 1000).ok).toBe(true);
    expect(checkWebhookSignature(body, KNOWN, 's3cret', at - SIGNATURE_TOLERANCE_S * 1000).ok).toBe(true);
  });
  test.each([
    ['no signature', undefined, 's3cret'],
    ['another secret', signWebhookBody(body, 'other', at), 's3cret'],
    ['another body', signWebhookBody(`${body} `, 's3cret', at), 's3cret'],
    ['another time than the one signed', KNOWN.replace('t=1796630400', 't=1796630401'), 's3cret'],
    ['no time', KNOWN.slice(KNOWN.indexOf('sha256=')), 's3cret'],
    ['the old form (body only)', 'sha256=3f41597744dcac7029cf2182b19c43e2a11c3cf53b2a40669ec2c4b98e2243ef', 's3cret'],
    ['upper-case hex', KNOWN.toUpperCase(), 's3cret'],
    ['no secret configured', signWebhookBody(body, '', at), ''],
  ])('%s is invalid', (_label, signature, secret) => {
    expect(checkWebhookSignature(body, signature, secret, at)).toEqual({ ok: false, reason: 'invalid' });
  });
  test.each([
    ['older than the tolerance', at + (SIGNATURE_TOLERANCE_S + 1) * 1000],
    ['from further ahead than the tolerance', at - (SIGNATURE_TOLERANCE_S + 1) * 1000],
  ])('a correct signature %s is expired', (_label, now) => {
    expect(checkWebhookSignature(body, KNOWN, 's3cret', now)).toEqual({ ok: false, reason: 'expired' });
  });
  test('a signature seen before is a replay until it expires, and then forgotten', () => {
    const seen = new SeenSignatures();
    expect(seen.firstTime(KNOWN, 1796630400, at)).toBe(true);
    expect(seen.firstTime(KNOWN, 1796630400, at + 1000)).toBe(false);
    const other = signWebhookBody(body, 's3cret', at + 1000);
    expect(seen.firstTime(other, 1796630401, at + 1000)).toBe(true);
    // Past its lifetime it is gone from memory (the signature check refuses it as expired by then).
    expect(seen.firstTime(KNOWN, 1796630400, at + (SIGNATURE_TOLERANCE_S + 1) * 1000)).toBe(true);
  });
});

describe('parseRevalidatePayload', () => {
  test('a good payload', () => {
    expect(parseRevalidatePayload({ ...payload(), slug: undefined })).toEqual({ ...payload(), slug: null });
  });
  test.each([
    [null, 'JSON object'],
    [{ ...payload(), event: 'create' }, 'event must be one of'],
    [{ ...payload(), model: 'user' }, 'Unknown model'],
    [{ ...payload(), documentId: '../x' }, 'documentId'],
    [{ ...payload(), locale: 'de' }, 'Unknown locale'],
    [{ ...payload(), slug: 'no spaces' }, 'slug'],
  ])('%j is refused', (body, message) => {
    expect(() => parseRevalidatePayload(body)).toThrow(RevalidatePayloadError);
    expect(() => parseRevalidatePayload(body)).toThrow(message);
  });
});

describe('pagesToPurge', () => {
  test('an English news item: its page, the list, home and the briefs in every locale (they fall back to English), its feeds, the sitemap', () => {
    const target = pagesToPurge(payload());
    expect(target.everything).toBe(false);
    const pages = (prefix: string) => [prefix || '/', `${prefix}/news`, `${prefix}/news/a-story`];
    expect([...target.paths].sort()).toEqual(
      [...pages(''), ...pages('/pl'), ...pages('/ur'), ...pages('/ro'), '/feeds/all.atom', '/feeds/all.xml', '/feeds/news.atom', '/feeds/news.xml', '/sitemap.xml'].sort(),
    );
    expect(target.prefixes).toEqual(['/briefs/', '/pl/briefs/', '/ur/briefs/', '/ro/briefs/']);
  });
  test('in Polish, under /pl', () => {
    const target = pagesToPurge(payload({ model: 'vacancy', locale: 'pl', slug: 'a-job' }));
    expect(target.paths).toEqual(expect.arrayContaining(['/pl', '/pl/vacancies', '/pl/vacancies/a-job', '/feeds/pl/vacancies.xml', '/sitemap.xml']));
    expect(target.paths).not.toContain('/news');
    expect(target.paths).not.toContain('/');
    expect(target.paths).not.toContain('/ro/vacancies');
    expect(target.paths).not.toContain('/feeds/vacancies.xml');
    expect(target.prefixes).toEqual(['/pl/briefs/']);
  });
  test('a brief does not drop other briefs', () => {
    const target = pagesToPurge(payload({ model: 'brief', slug: 'may' }));
    expect(target.paths).toEqual(expect.arrayContaining(['/briefs', '/briefs/may', '/ur/briefs', '/ur/briefs/may', '/feeds/briefs.atom']));
    expect(target.prefixes).toEqual([]);
  });
  test('an English event: its page, both event lists and home in every locale; no feeds', () => {
    const target = pagesToPurge(payload({ model: 'event', slug: 'a-forum' }));
    const pages = (prefix: string) => [prefix || '/', `${prefix}/events`, `${prefix}/events/past`, `${prefix}/events/a-forum`];
    expect([...target.paths].sort()).toEqual([...pages(''), ...pages('/pl'), ...pages('/ur'), ...pages('/ro'), '/sitemap.xml'].sort());
  });
  test('a leadership update drops its own page and the list in every locale, not the home page', () => {
    const { paths } = pagesToPurge(payload({ model: 'leadership-update', slug: 'x' }));
    expect(paths).toEqual(expect.arrayContaining(['/leadership', '/leadership/x', '/pl/leadership/x', '/ur/leadership']));
    expect(paths).not.toContain('/');
  });
  test('reference data drops everything', () => {
    expect(pagesToPurge(payload({ model: 'organisation', slug: null })).everything).toBe(true);
  });
});

describe('pagePathOf and isPurged', () => {
  test.each([
    ['/news?page=2', '/news'],
    ['/news/a-story/_payload.json?abc', '/news/a-story'],
    ['/_payload.json', '/'],
    ['/', '/'],
    ['/pl/', '/pl'],
  ])('%s is page %s', (path, page) => {
    expect(pagePathOf(path)).toBe(page);
  });
  test('exact paths and prefixes, nothing else', () => {
    const target = pagesToPurge(payload());
    expect(isPurged('/news', target)).toBe(true);
    expect(isPurged('/briefs/central-brief-may-2018', target)).toBe(true);
    expect(isPurged('/news/another-story', target)).toBe(false);
    expect(isPurged('/vacancies', target)).toBe(false);
    expect(isPurged('/briefs', target)).toBe(false);
  });
});
