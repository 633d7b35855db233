import { checkQueryParams, cmsQueries, isCmsQueryName, isEntryQuery, QueryParamError } from '#shared/cms/registry';

/**
 * The site's read-only view of the CMS: GET /api/cms/<query>?locale=en&slug=…
 *
 * Why an endpoint rather than calling the CMS from the browser: pages fetch with
 * useAsyncData, which runs on the server for the first render and in the browser on
 * client-side navigation. Going through this endpoint in both cases (on the server
 * Nuxt calls it in-process, without HTTP) gives one code path, keeps the CMS's address
 * private and off the public internet, lets only the site's own named queries through,
 * and keeps axios and qs out of the browser bundle.
 */
export default defineEventHandler(async (event) => {
  const name = getRouterParam(event, 'query');
  if (!isCmsQueryName(name)) {
    throw createError({ statusCode: 404, statusMessage: 'Unknown query' });
  }
  let params;
  try {
    params = checkQueryParams(name, getQuery(event));
  } catch (error) {
    if (error instanceof QueryParamError) throw createError({ statusCode: 400, statusMessage: error.message });
    throw error;
  }
  let result: unknown;
  try {
    // checkQueryParams has checked the parameters this query requires.
    result = await cmsQueries[name](useCmsClient(), params as never);
  } catch (error) {
    throw cmsHttpError(error);
  }
  if (result !== null) return result;
  // No entry with that slug is a missing resource; "no latest brief yet" is an answer.
  if (isEntryQuery(name)) throw createError({ statusCode: 404, statusMessage: 'Not found' });
  // h3 would answer a bare null with an empty 204; send it as JSON.
  setResponseHeader(event, 'content-type', 'application/json');
  return 'null';
});
