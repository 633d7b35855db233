import type { Browser, Page } from 'playwright-core';

/**
 * A new page logged in to the built admin (SERVE_ADMIN_PANEL=true) through its login
 * form, as a person does. `browserLocale` is what the browser reports: en-US by default,
 * a browser that never chose a language, as on a comms officer's first visit.
 */
export async function openAdminAs(
  browser: Browser,
  cmsUrl: string,
  credentials: { email: string; password: string },
  browserLocale = 'en-US',
): Promise<Page> {
  const page = await browser.newPage({ locale: browserLocale, timezoneId: 'Europe/London' });
  await page.goto(`${cmsUrl}/admin/auth/login`);
  await page.getByLabel('Email').fill(credentials.email);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  return page;
}
