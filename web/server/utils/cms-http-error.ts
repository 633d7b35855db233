import { isCmsError } from '../cms/errors';

/**
 * What the site answers when the CMS fails: 503 while it is unreachable or failing
 * (the page says "try again later"), 500 for anything else, which is our own bug
 * (a query the CMS rejects). The CMS's address and message stay in the server log.
 */
export function cmsHttpError(error: unknown) {
  if (isCmsError(error)) {
    console.error(`[cms] ${error.reason} ${error.status} on ${error.request}: ${error.message}`);
    if (error.unavailable) {
      return createError({ statusCode: 503, statusMessage: 'Content service unavailable' });
    }
  } else {
    console.error('[cms]', error);
  }
  return createError({ statusCode: 500, statusMessage: 'Internal server error' });
}
