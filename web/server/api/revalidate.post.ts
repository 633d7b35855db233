import { pagesToPurge, parseRevalidatePayload, RevalidatePayloadError } from '../cache/revalidate';

/**
 * The CMS's purge webhook (cms/src/webhooks/site-revalidate.ts): drops the cached pages
 * a publish, unpublish, update or delete made stale. The next reader re-renders them
 * from the CMS. Signed with the shared secret and a time; anything else is a 401, and a
 * replay of one already received a 409; neither purges anything.
 */
const MAX_BODY_BYTES = 16 * 1024;
const seenSignatures = new SeenSignatures();

export default defineEventHandler(async (event) => {
  const secret = useRuntimeConfig(event).siteWebhookSecret;
  // A purge payload is a few hundred bytes: refuse anything big before hashing it.
  if (Number(getRequestHeader(event, 'content-length') ?? 0) > MAX_BODY_BYTES) {
    throw createError({ statusCode: 413, statusMessage: 'Body too large' });
  }
  const body = (await readRawBody(event, 'utf8')) ?? '';
  const signature = getRequestHeader(event, SIGNATURE_HEADER);
  const check = checkWebhookSignature(body, signature, secret);
  if (!check.ok) {
    if (!secret) console.error('[revalidate] NUXT_SITE_WEBHOOK_SECRET is not set: every purge request is refused.');
    // An expired one is told apart: it usually means the CMS's and the site's clocks differ.
    throw createError({ statusCode: 401, statusMessage: check.reason === 'expired' ? 'Signature too old or from the future: check both clocks' : 'Missing or invalid signature' });
  }
  if (!seenSignatures.firstTime(signature!, check.signedAt)) {
    throw createError({ statusCode: 409, statusMessage: 'This purge was already received' });
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
