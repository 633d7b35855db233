import type { ContentTypes } from '@blmk/shared-types';
import type { CmsClient } from '../cms/client';
import { parsePreviewRequest, type PreviewType } from './preview-request';
import { isValidPreviewToken } from './preview-token';
import { previewTokenIsReadOnly } from './token-scope';

/** Why a preview page cannot show its entry, as the HTTP status the page answers with. */
export class PreviewError extends Error {
  constructor(
    readonly statusCode: 400 | 401 | 404 | 503,
    message: string,
  ) {
    super(message);
  }
}

export interface PreviewEntry<T extends PreviewType = PreviewType> {
  type: T;
  entry: ContentTypes[T];
  locale: string;
  status: 'draft' | 'published';
}

/**
 * The entry a preview page (/preview/<type>/<documentId>?locale&status&expires&token)
 * shows, draft or published, read with the read-only API token. Only with a valid
 * token from /api/preview (401), a configured read-only token (503) and an entry that
 * exists (404).
 */
export async function findPreviewEntry(query: Record<string, unknown>, secret: string, cms: CmsClient | undefined): Promise<PreviewEntry> {
  let request;
  try {
    request = parsePreviewRequest(query);
  } catch (error) {
    throw new PreviewError(400, error instanceof Error ? error.message : String(error));
  }
  if (!isValidPreviewToken(request, Number(query.expires), query.token, secret)) {
    throw new PreviewError(401, 'This preview link is invalid or has expired; open the preview from the CMS again.');
  }
  if (!cms) {
    console.error('[preview] NUXT_CMS_PREVIEW_TOKEN is not set: drafts cannot be read.');
    throw new PreviewError(503, 'Preview is not configured');
  }
  if (!(await previewTokenIsReadOnly(cms))) {
    console.error('[preview] NUXT_CMS_PREVIEW_TOKEN may write to the CMS: previews are refused until it is a Read-only API token (README "Production").');
    throw new PreviewError(503, 'Preview is not configured safely');
  }
  const entry = await cms.findVersion(request.type, request.documentId, { locale: request.locale, status: request.status });
  if (!entry) throw new PreviewError(404, 'Not found');
  return { type: request.type, entry, locale: request.locale, status: request.status } as PreviewEntry;
}
