import { previewPagePath } from '@blmk/shared-types';
import { parsePreviewRequest, PreviewRequestError } from '../preview/preview-request';
import { isPreviewSecret, PREVIEW_LIFETIME_MS, signPreviewToken } from '../preview/preview-token';

/**
 * The CMS admin's Preview opens /api/preview?secret=…&type=news-item&documentId=…&locale=en&status=draft
 * (cms/config/admin.ts). A wrong or missing secret is a 401; otherwise the browser goes
 * on to the preview page with a token for that entry alone.
 */
export default defineEventHandler((event) => {
  markPrivate(event);
  const query = getQuery(event);
  const { previewSecret } = useRuntimeConfig(event);
  if (!isPreviewSecret(query.secret, previewSecret)) {
    if (!previewSecret) console.error('[preview] NUXT_PREVIEW_SECRET is not set: previews are refused.');
    throw createError({ statusCode: 401, statusMessage: 'Missing or invalid preview secret' });
  }
  let request;
  try {
    request = parsePreviewRequest(query);
  } catch (error) {
    if (error instanceof PreviewRequestError) throw createError({ statusCode: 400, statusMessage: error.message });
    throw error;
  }
  const expires = Date.now() + PREVIEW_LIFETIME_MS;
  const token = signPreviewToken(request, expires, previewSecret);
  const target = `${previewPagePath(request.type, request.documentId)}?${new URLSearchParams({
    locale: request.locale,
    status: request.status,
    expires: String(expires),
    token,
  })}`;
  return sendRedirect(event, target, 302);
});
