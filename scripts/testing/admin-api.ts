import { TEST_ADMIN } from './cms-server.ts';

/**
 * A logged-in session on the CMS's admin API, as the admin panel uses it: what a
 * comms officer does in the browser, without the browser.
 */
export interface AdminSession {
  token: string;
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
}

export async function adminLogin(
  cmsUrl: string,
  credentials: { email: string; password: string } = TEST_ADMIN,
): Promise<AdminSession> {
  const response = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!response.ok) throw new Error(`Admin login as ${credentials.email} failed: ${response.status} ${await response.text()}`);
  const { data } = (await response.json()) as { data: { token: string } };
  const token = data.token;
  return {
    token,
    async request<T>(method: string, path: string, body?: unknown) {
      const reply = await fetch(`${cmsUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await reply.text();
      return { status: reply.status, body: (text ? JSON.parse(text) : null) as T };
    },
  };
}

/** Creates an entry through the admin API and publishes it (in `locale`, when given); its document id. */
export async function createAndPublish(admin: AdminSession, path: string, data: Record<string, unknown>, locale?: string): Promise<string> {
  const query = locale ? `?locale=${locale}` : '';
  const created = await admin.request<{ data: { documentId: string } }>('POST', `${path}${query}`, data);
  if (created.status !== 201) throw new Error(`create ${path}: ${created.status} ${JSON.stringify(created.body)}`);
  const { documentId } = created.body.data;
  const published = await admin.request('POST', `${path}/${documentId}/actions/publish${query}`, data);
  if (published.status !== 200) throw new Error(`publish ${path}: ${published.status} ${JSON.stringify(published.body)}`);
  return documentId;
}
