import { createCmsClient, type CmsClient } from '#shared/cms/client';

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
