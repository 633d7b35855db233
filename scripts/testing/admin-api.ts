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
