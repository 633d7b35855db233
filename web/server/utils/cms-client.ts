import { createCmsClient, type CmsClient } from '../cms/client';

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
