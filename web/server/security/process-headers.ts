import { securityHeadersByPath } from './headers';

let headersFor: ((path: string) => Readonly<Record<string, string>>) | undefined;

/**
 * This process's security headers for a path. The config they come from is read once:
 * the site never changes it per request (plugins/0.shared-runtime-config.ts).
 */
export function securityHeadersFor(path: string): Readonly<Record<string, string>> {
  if (!headersFor) {
    const config = useRuntimeConfig();
    headersFor = securityHeadersByPath({
      adminOrigin: config.cmsAdminOrigin,
      indexable: config.siteIndexable === true,
      mediaOrigin: config.mediaOrigin,
    });
  }
  return headersFor(path);
}
