import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { adminLogin, type AdminSession } from '../../scripts/testing/admin-api.ts';
import { openAdminAs } from '../../scripts/testing/admin-browser.ts';
import { ensureAdminBuilt } from '../../scripts/testing/admin-build.ts';
import { DEMO } from './demo-users.ts';
import { launchBrowser } from '../../scripts/testing/browser.ts';
import { startTestCms, type TestCms } from '../../scripts/testing/cms-server.ts';

/**
 * In the built admin, in Chromium: the edit view's Warnings panel shows the rules'
 * warning on an event with a session over 12 hours (and after a save, a notification);
 * a comms officer finds a deleted story under Deleted entries, day-first, and restores
 * it as a draft; a contributor has no such menu link and the page refuses them.
 */
const EVENTS = '/content-manager/collection-types/api::event.event';
const NEWS = '/content-manager/collection-types/api::news-item.news-item';
const LONG_SESSION_WARNING = 'Session 1 (2026-12-10) lasts more than 12 hours (00:30 to 16:00); check am and pm.';

describe('history and warnings in the built admin, in Chromium', () => {
  let cms: TestCms;
  let browser: Browser;
  let comms: AdminSession;

  const loggedIn = (credentials: { email: string; password: string }) => openAdminAs(browser, cms.url, credentials);

  const createEvent = async (title: string, slug: string, startsAt: string) => {
    const created = await comms.request<{ data: { documentId: string } }>('POST', `${EVENTS}?locale=en`, {
      title,
      slug,
      sessions: [{ date: '2026-12-10', startsAt, endsAt: '16:00:00.000' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.data.documentId;
  };

  beforeAll(async () => {
    await ensureAdminBuilt();
    cms = await startTestCms({ database: 'sqlite', seed: false, env: { SERVE_ADMIN_PANEL: 'true', BLMK_DEMO_USERS: '1' } });
    comms = await adminLogin(cms.url, DEMO.comms);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await cms?.destroy();
  });

  test('the Warnings panel lists the long session, and a save with it says so', async () => {
    const longId = await createEvent('Overnight vigil', 'overnight-vigil', '00:30:00.000');
    const cleanId = await createEvent('Afternoon drop-in', 'afternoon-drop-in', '13:00:00.000');
    const page = await loggedIn(DEMO.comms);

    await page.goto(`${cms.url}/admin${EVENTS}/${cleanId}?plugins[i18n][locale]=en`);
    await expect.poll(() => page.getByText('No warnings on the saved draft.').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByText('lasts more than 12 hours').count()).toBe(0);

    await page.goto(`${cms.url}/admin${EVENTS}/${longId}?plugins[i18n][locale]=en`);
    const panelWarning = page.getByRole('list', { name: 'Warnings on the saved draft' }).getByText(LONG_SESSION_WARNING);
    await expect.poll(() => panelWarning.count(), { timeout: 30_000 }).toBe(1);

    // A save in the form: the panel asks again and the notification names the warning.
    await page.locator('input[name="title"]').fill('Overnight vigil for winter');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText(`Saved, with a warning: ${LONG_SESSION_WARNING}`).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => panelWarning.count()).toBe(1);
    await page.close();
  });

  test('a comms officer restores a deleted story from Deleted entries; it comes back as a draft', async () => {
    const created = await comms.request<{ data: { documentId: string } }>('POST', `${NEWS}?locale=en`, { title: 'Pharmacy hours change', slug: 'pharmacy-hours' });
    const id = created.body.data.documentId;
    expect((await comms.request('PUT', `${NEWS}/${id}?locale=pl`, { title: 'Zmiana godzin apteki', slug: 'godziny-apteki' })).status).toBe(200);
    expect((await comms.request('DELETE', `${NEWS}/${id}?locale=*`)).status).toBe(200);

    const page = await loggedIn(DEMO.comms);
    await page.getByRole('link', { name: 'Deleted entries' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Pharmacy hours change' });
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    const cells = await row.getByRole('gridcell').allInnerTexts();
    expect(cells.slice(0, 4)).toEqual(['News item', 'Pharmacy hours change', 'en, pl', 'comms@blmk.local']);
    // en-GB, day first: "7 Dec 2026, 03:10".
    expect(cells[4]).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);

    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.getByText('Restored as a draft in en, pl.', { exact: false }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Pharmacy hours change' }).count()).toBe(0);
    const back = await comms.request<{ data: { title: string; publishedAt: string | null } }>('GET', `${NEWS}/${id}?locale=pl`);
    expect(back.body.data).toMatchObject({ title: 'Zmiana godzin apteki', publishedAt: null });

    await page.getByRole('link', { name: 'Open the restored entry' }).click();
    await expect.poll(() => page.locator('input[name="title"]').inputValue(), { timeout: 20_000 }).toBe('Pharmacy hours change');
    await page.close();
  });

  test('a contributor has no Deleted entries link, and the page refuses them', async () => {
    const page = await loggedIn(DEMO.contributor);
    await expect.poll(() => page.getByRole('link', { name: 'Content Manager' }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Deleted entries' }).count()).toBe(0);
    await page.goto(`${cms.url}/admin/deleted-entries`);
    await expect.poll(() => page.getByText('Only comms officers can see and restore deleted entries.').count(), { timeout: 20_000 }).toBe(1);
    await page.close();
  });
});
