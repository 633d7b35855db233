import { createSiteQueries, type SiteQueries } from '../cms/site';

let made: { baseURL: string; queries: SiteQueries } | undefined;

/**
 * The site's CMS questions (server/cms/site.ts) over this server's CMS client, each
 * answering a failure as the page should: 503 while the CMS is unreachable, 500 for
 * our own bug (cmsHttpError logs which). Made once per CMS address.
 */
export function siteQueries(): SiteQueries {
  const cms = useCmsClient();
  if (made?.baseURL !== cms.baseURL) made = { baseURL: cms.baseURL, queries: guarded(createSiteQueries(cms)) };
  return made.queries;
}

function guarded(queries: SiteQueries): SiteQueries {
  const wrapped: Record<string, unknown> = {};
  for (const [name, ask] of Object.entries(queries) as Array<[string, (...args: unknown[]) => Promise<unknown>]>) {
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await ask(...args);
      } catch (error) {
        throw cmsHttpError(error);
      }
    };
  }
  return wrapped as SiteQueries;
}
