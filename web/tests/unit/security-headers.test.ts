import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { contentSecurityPolicy, isPreviewPath, originOf, securityHeaders, securityHeadersByPath } from '../../server/security/headers';

const base = { path: '/news/a-story', adminOrigin: 'https://cms.blmk.example', indexable: true };

describe('security headers', () => {
  test('pages refuse every script and every framer', () => {
    const csp = contentSecurityPolicy(base);
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(securityHeaders(base)['x-frame-options']).toBe('DENY');
  });

  test.each(['/api/preview', '/api/preview?secret=x', '/preview/news-item/abc'])('%s may be framed by the CMS admin only', (path) => {
    expect(isPreviewPath(path)).toBe(true);
    expect(contentSecurityPolicy({ ...base, path })).toMatch(/frame-ancestors 'self' https:\/\/cms\.blmk\.example(;|$)/);
    expect(securityHeaders({ ...base, path })['x-frame-options']).toBeUndefined();
  });

  test('the sets worked out once at start are the ones each path would get', () => {
    const headersFor = securityHeadersByPath(base);
    const paths = fc.oneof(fc.string(), fc.constantFrom('/api/preview', '/preview/', '/news/x?y=1', '/'), fc.webPath());
    fc.assert(fc.property(paths, (path) => {
      expect(headersFor(path)).toEqual(securityHeaders({ ...base, path }));
    }));
    expect(headersFor('/a')).toBe(headersFor('/b'));
    expect(() => { (headersFor('/a') as Record<string, string>)['x-frame-options'] = 'ALLOW'; }).toThrow();
  });

  test.each(['/previews', '/news/preview', '/api/previewer', '/pl/news/x'])('%s is not a preview', (path) => {
    expect(isPreviewPath(path)).toBe(false);
  });

  test.each([["'none'; script-src *", undefined], ['javascript:alert(1)', undefined], ['', undefined], ['https://cms.example/admin/x', 'https://cms.example']])(
    'an admin origin of %j frames previews as %s',
    (value, origin) => {
      expect(originOf(value)).toBe(origin);
      const csp = contentSecurityPolicy({ ...base, path: '/api/preview', adminOrigin: value });
      expect(csp).toContain(origin ? `frame-ancestors 'self' ${origin}` : "frame-ancestors 'none'");
      expect(csp).not.toContain('script-src *');
    },
  );

  test.each([
    ['', "img-src 'self' data:;"],
    ['https://media.blmk.example/uploads/', "img-src 'self' data: https://media.blmk.example;"],
    ["https://x.example; script-src *", "img-src 'self' data:;"],
    ['data:', "img-src 'self' data:;"],
  ])('a media origin of %j allows images as %s', (mediaOrigin, imgSrc) => {
    const csp = contentSecurityPolicy({ ...base, mediaOrigin });
    expect(csp).toContain(imgSrc);
    expect(csp).not.toContain('script-src *');
  });

  test('only the production site is indexable', () => {
    expect(securityHeaders(base)['x-robots-tag']).toBeUndefined();
    expect(securityHeaders({ ...base, indexable: false })['x-robots-tag']).toBe('noindex, nofollow');
  });

  test('the rest of the set', () => {
    expect(securityHeaders(base)).toMatchObject({
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(securityHeaders(base)['permissions-policy']).toContain('camera=()');
  });
});
