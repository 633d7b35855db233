import { pagesToPurge, parseRevalidatePayload, RevalidatePayloadError } from '../cache/revalidate';

/**
 * The CMS's purge webhook (cms/src/webhooks/site-revalidate.ts): drops the cached pages
 * a publish, unpublish, update or delete made stale. The next reader re-renders them
 * from the CMS. Signed with the shared secret; anything else is a 401 and purges nothing.
 */
const MAX_BODY_BYTES = 16 * 1024;

export default defineEventHandler(async (event) => {
  const secret = useRuntimeConfig(event).siteWebhookSecret;
  // A purge payload is a few hundred bytes: refuse anything big before hashing it.
  if (Number(getRequestHeader(event, 'content-length') ?? 0) > MAX_BODY_BYTES) {
    throw createError({ statusCode: 413, statusMessage: 'Body too large' });
  }
  const body = (await readRawBody(event, 'utf8')) ?? '';
  if (!isValidWebhookSignature(body, getRequestHeader(event, SIGNATURE_HEADER), secret)) {
    if (!secret) console.error('[revalidate] NUXT_SITE_WEBHOOK_SECRET is not set: every purge request is refused.');
    throw createError({ statusCode: 401, statusMessage: 'Missing or invalid signature' });
  }
  let payload;
  try {
    payload = parseRevalidatePayload(JSON.parse(body));
  } catch (error) {
    const message = error instanceof RevalidatePayloadError ? error.message : 'The body must be JSON.';
    throw createError({ statusCode: 400, statusMessage: message });
  }
  const purged = await purgeCachedPages(pagesToPurge(payload));
  return { purged };
});
