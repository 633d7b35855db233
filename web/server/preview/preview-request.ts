import { editorialTypesWhere, isLocale, type EditorialType, type Locale } from '@blmk/shared-types';

/** The types the preview can show: the previewable ones of the table of editorial types. */
export const PREVIEW_TYPES = editorialTypesWhere('previewable');
export type PreviewType = EditorialType;

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
