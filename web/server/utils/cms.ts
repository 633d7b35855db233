import { createCmsClient, type CmsClient } from '../cms/client';
import { createSiteQueries, type SiteQueries } from '../cms/site';

let client: CmsClient | undefined;

/**
 * The one CMS client of this server, at the address in the runtime config
 * (NUXT_STRAPI_URL), made on first use so the address is read at run time.
 */
export function useCmsClient(): CmsClient {
  const { strapiUrl } = useRuntimeConfig();
  if (!client || client.baseURL !== strapiUrl.replace(/\/+$/, '')) {
    client = createCmsClient({ baseURL: strapiUrl });
  }
  return client;
}

let previewClient: CmsClient | undefined;

/**
 * The client the preview uses: with the read-only API token (NUXT_CMS_PREVIEW_TOKEN), so
 * the CMS answers drafts. Never used for public pages.
 */
export function usePreviewCmsClient(): CmsClient | undefined {
  const { strapiUrl, cmsPreviewToken } = useRuntimeConfig();
  if (!cmsPreviewToken) return undefined;
  if (!previewClient || previewClient.baseURL !== strapiUrl.replace(/\/+$/, '')) {
    previewClient = createCmsClient({ baseURL: strapiUrl, token: cmsPreviewToken });
  }
  return previewClient;
}

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
