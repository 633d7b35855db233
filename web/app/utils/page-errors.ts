/** Page errors: thrown from a page's setup, they render error.vue with this status. */

export function notFoundError(what = 'Page') {
  return createError({ statusCode: 404, statusMessage: `${what} not found`, fatal: true });
}

/** A page address with a bad parameter (?band=Band 99): the message says which and why. */
export function badRequestError(message: string) {
  return createError({ statusCode: 400, statusMessage: message, fatal: true });
}

/**
 * Turns a failed data request into the page's error: 404 stays 404, the CMS being
 * unreachable (503, server/utils/cms-http-error.ts) stays 503, a bad parameter (400) stays 400, anything
 * else is a 500.
 */
export function pageErrorFrom(error: { statusCode?: number; statusMessage?: string }) {
  const statusCode = error.statusCode === 400 || error.statusCode === 401 || error.statusCode === 404 || error.statusCode === 503 ? error.statusCode : 500;
  return createError({ statusCode, statusMessage: error.statusMessage, fatal: true });
}
