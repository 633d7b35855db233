import { parsePreviewRequest, PreviewRequestError } from '#shared/preview/preview-request';

/**
 * The entry a preview page shows, draft or published, read with the read-only API token.
 * Only with a valid token from /api/preview: 401 otherwise, 404 when the entry is gone.
 */
export default defineEventHandler(async (event) => {
  markPrivate(event);
  const query = getQuery(event);
  let request;
  try {
    request = parsePreviewRequest(query);
  } catch (error) {
    if (error instanceof PreviewRequestError) throw createError({ statusCode: 400, statusMessage: error.message });
    throw error;
  }
  if (!isValidPreviewToken(request, Number(query.expires), query.token, useRuntimeConfig(event).previewSecret)) {
    throw createError({ statusCode: 401, statusMessage: 'This preview link is invalid or has expired; open the preview from the CMS again.' });
  }
  const cms = usePreviewCmsClient();
  if (!cms) {
    console.error('[preview] NUXT_CMS_PREVIEW_TOKEN is not set: drafts cannot be read.');
    throw createError({ statusCode: 503, statusMessage: 'Preview is not configured' });
  }
  let entry;
  try {
    entry = await cms.findVersion(request.type, request.documentId, { locale: request.locale, status: request.status });
  } catch (error) {
    throw cmsHttpError(error);
  }
  if (!entry) throw createError({ statusCode: 404, statusMessage: 'Not found' });
  return entry;
});
