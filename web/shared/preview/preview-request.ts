import { isLocale, type Locale } from '../cms/locales';

/** The types the preview can show: those with a page of their own. */
export const PREVIEW_TYPES = ['news-item', 'brief', 'vacancy', 'event', 'leadership-update'] as const;
export type PreviewType = (typeof PREVIEW_TYPES)[number];

export interface PreviewRequest {
  type: PreviewType;
  documentId: string;
  locale: Locale;
  status: 'draft' | 'published';
}

export class PreviewRequestError extends Error {}

/** Checks the preview parameters (not the secret); throws PreviewRequestError naming the bad one. */
export function parsePreviewRequest(query: Record<string, unknown>): PreviewRequest {
  const { type, documentId, locale = 'en', status = 'draft' } = query;
  if (typeof type !== 'string' || !(PREVIEW_TYPES as readonly string[]).includes(type)) {
    throw new PreviewRequestError(`type must be one of: ${PREVIEW_TYPES.join(', ')}.`);
  }
  if (typeof documentId !== 'string' || !/^[A-Za-z0-9]{1,64}$/.test(documentId)) throw new PreviewRequestError('documentId must be a Strapi document id.');
  if (!isLocale(locale)) throw new PreviewRequestError('Unknown locale.');
  if (status !== 'draft' && status !== 'published') throw new PreviewRequestError('status must be draft or published.');
  return { type: type as PreviewType, documentId, locale, status };
}

/** What a preview link's token signs: the one entry, version and expiry it opens. */
export function previewTokenSubject(request: PreviewRequest, expires: number): string {
  return [request.type, request.documentId, request.locale, request.status, expires].join(':');
}
