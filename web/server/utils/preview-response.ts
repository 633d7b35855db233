import type { H3Event } from 'h3';
import { PreviewError } from '../preview/preview-entry';

/** Preview responses are for one editor: never stored by a cache, never indexed. */
export function markPrivate(event: H3Event): void {
  setResponseHeader(event, 'cache-control', 'no-store, private');
  setResponseHeader(event, 'x-robots-tag', 'noindex, nofollow');
}

/** A preview that cannot be shown, as its page's status; a failing CMS as any page's (cmsHttpError). */
export function previewHttpError(error: unknown) {
  if (error instanceof PreviewError) return createError({ statusCode: error.statusCode, statusMessage: error.message });
  return cmsHttpError(error);
}
