/**
 * The browser origins allowed to call the CMS with credentials. The site calls the
 * CMS server to server (no Origin header, so CORS does not apply); only browsers on
 * the admin panel (served by the CMS itself at PUBLIC_URL) and the site's own pages
 * (the admin's preview frame, the newsletter forms if posted from the browser) need it.
 * Everything else gets no Access-Control-Allow-Origin, so no browser reads the answer.
 */

/** The origin of one configured URL, or an error naming the variable. */
function originOf(raw: string, variable: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${variable}: "${raw}" is not a URL (expected e.g. https://www.example.nhs.uk).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${variable}: "${raw}" must start with https:// or http://.`);
  if (url.username || url.password) throw new Error(`${variable}: "${raw}" must not hold credentials.`);
  return url.origin;
}

/**
 * CORS_ORIGINS (comma-separated origins) when set; otherwise the origins of SITE_URL,
 * PUBLIC_URL and ADMIN_URL that are set. `*` is refused: with credentials it would
 * hand every website the logged-in editor's session.
 */
export function corsOrigins(env: Record<string, string | undefined>): string[] {
  const explicit = env.CORS_ORIGINS?.trim();
  const entries = explicit
    ? explicit.split(',').map((entry) => [entry.trim(), 'CORS_ORIGINS'] as const).filter(([entry]) => entry)
    : (['SITE_URL', 'PUBLIC_URL', 'ADMIN_URL'] as const).flatMap((name) => (env[name]?.trim() ? [[env[name]!.trim(), name] as const] : []));
  return [
    ...new Set(
      entries.map(([entry, variable]) => {
        if (entry === '*') throw new Error(`${variable}: "*" is not allowed; list the site's and the admin's origins.`);
        return originOf(entry, variable);
      }),
    ),
  ];
}
