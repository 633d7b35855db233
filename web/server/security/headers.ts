import { PREVIEW_ROUTE } from '@blmk/shared-types';

/**
 * The security headers every response of the site carries. Pages send no JavaScript
 * (noScripts on every route), so scripts are refused outright: `script-src 'none'`.
 * JSON-LD is a data block, never executed, so the policy does not touch it. Styles come
 * from the site's own stylesheet; Nuxt inlines a few small style blocks, hence
 * 'unsafe-inline' for styles only (with no script there is nothing to inject them).
 * `connect-src 'self'` costs nothing (no script runs to connect anywhere) and lets tools
 * that fetch in the page's context read the site's own files: Lighthouse's robots.txt
 * audit (pnpm bench, T8) fails with a CSP violation under `default-src 'none'` alone.
 */
export interface SecurityHeaderOptions {
  /** The request path, to let the CMS admin frame a preview and nothing else. */
  path: string;
  /** The browser origin of the CMS admin (https://cms.example.org), or '' when unknown. */
  adminOrigin: string;
  /** Whether search engines may index this site (production only). */
  indexable: boolean;
  /** Where media is served from when not through the site (an object store or CDN address), or ''. */
  mediaOrigin?: string;
}

/** The preview route and the draft pages it sends the editor to (previewPagePath). */
export function isPreviewPath(path: string): boolean {
  const pathname = path.split('?')[0] ?? path;
  return pathname === PREVIEW_ROUTE || pathname.startsWith('/preview/');
}

/** Only a plain http(s) origin may frame previews; anything else (a path, a wildcard, junk) is ignored. */
export function originOf(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  const admin = originOf(options.adminOrigin);
  const framers = isPreviewPath(options.path) && admin ? `'self' ${admin}` : "'none'";
  const media = options.mediaOrigin ? originOf(options.mediaOrigin) : undefined;
  return [
    "default-src 'none'",
    "script-src 'none'",
    "style-src 'self' 'unsafe-inline'",
    media ? `img-src 'self' data: ${media}` : "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    `frame-ancestors ${framers}`,
  ].join('; ');
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'content-security-policy': contentSecurityPolicy(options),
    // Ignored by browsers over plain http, so safe on a developer's machine too.
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'cross-origin-opener-policy': 'same-origin',
  };
  // Older browsers that ignore frame-ancestors: only previews may be framed at all.
  if (!isPreviewPath(options.path)) headers['x-frame-options'] = 'DENY';
  if (!options.indexable) headers['x-robots-tag'] = 'noindex, nofollow';
  return headers;
}

/**
 * The header sets one process sends, worked out once at start: they depend on the path
 * only through isPreviewPath, and the rest comes from config that never changes per
 * request. Building them per request (URL parsing, string joins) was measurable on the
 * cached-page path (pnpm bench, T1).
 */
export function securityHeadersByPath(options: Omit<SecurityHeaderOptions, 'path'>): (path: string) => Readonly<Record<string, string>> {
  const page = Object.freeze(securityHeaders({ ...options, path: '/' }));
  const preview = Object.freeze(securityHeaders({ ...options, path: PREVIEW_ROUTE }));
  return (path) => (isPreviewPath(path) ? preview : page);
}
