import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { adminLogin, type AdminSession } from '../../scripts/testing/admin-api.ts';
import { launchBrowser } from '../../scripts/testing/browser.ts';
import { ensureAdminBuilt } from '../../scripts/testing/admin-build.ts';
import { openAdminAs } from '../../scripts/testing/admin-browser.ts';
import { DEMO } from './demo-users.ts';
import { startTestCms, type TestCms } from '../../scripts/testing/cms-server.ts';
import { testDatabaseKinds } from '../../scripts/testing/databases.ts';
import { runSql } from '../../scripts/testing/sql.ts';
import { CMS_DIR } from '../../scripts/lib/paths.ts';
import { APPLIED_STORE } from '../src/admin-layout/apply.ts';
import { ADMIN_LAYOUT } from '../src/admin-layout/table.ts';
import type { LayoutTable, ModelLayout } from '../src/admin-layout/types.ts';
import { AdminLayoutError, assertLayoutMatchesSchemas, layoutProblems, type EditorSchemas } from '../src/admin-layout/validate.ts';
import { EDITORIAL_CONTENT_TYPES } from '../src/content-types.ts';

/**
 * The admin in the editors' words: every field of every editorial type (and the
 * components they use) carries the table's label and hint, in the table's order and
 * widths, with the table's list columns, as the admin API hands them to a comms
 * officer's browser; a change made under "Configure the view" survives a restart
 * while the table is unchanged; a table that disagrees with the schemas stops the start.
 */
const databases = await testDatabaseKinds();


/** The schemas as the developer writes them (cms/src/api/* and cms/src/components/*). */
async function schemasOnDisk(): Promise<EditorSchemas> {
  const schemas: Record<string, EditorSchemas[string]> = {};
  const api = path.join(CMS_DIR, 'src', 'api');
  for (const name of await readdir(api)) {
    const file = path.join(api, name, 'content-types', name, 'schema.json');
    // Some API folders are routes only (search), without a content type.
    if (!(await readdir(path.join(api, name))).includes('content-types')) continue;
    const schema = JSON.parse(await readFile(file, 'utf8')) as { attributes: EditorSchemas[string] };
    schemas[`api::${name}.${name}`] = schema.attributes;
  }
  const components = path.join(CMS_DIR, 'src', 'components');
  for (const category of await readdir(components)) {
    for (const file of await readdir(path.join(components, category))) {
      const schema = JSON.parse(await readFile(path.join(components, category, file), 'utf8')) as { attributes: EditorSchemas[string] };
      schemas[`${category}.${path.basename(file, '.json')}`] = schema.attributes;
    }
  }
  return schemas;
}

/** A deep copy of the table with one content type's layout changed. */
function tableWith(uid: string, change: (layout: { fields: Record<string, unknown>; edit: unknown[][]; list: string[] }) => void): LayoutTable {
  const copy = structuredClone(ADMIN_LAYOUT) as unknown as { contentTypes: Record<string, { fields: Record<string, unknown>; edit: unknown[][]; list: string[] }> };
  change(copy.contentTypes[uid]!);
  return copy as unknown as LayoutTable;
}

describe('the layout table against the schemas', () => {
  test('labels every field of every editorial type and of the components they use, and nothing else', async () => {
    expect(layoutProblems(ADMIN_LAYOUT, await schemasOnDisk(), EDITORIAL_CONTENT_TYPES)).toEqual([]);
  });

  test('refuses a table that names a field the schema does not have', async () => {
    const table = tableWith('api::brief.brief', (brief) => {
      brief.fields.subtitle = { label: 'Subtitle' };
    });
    const schemas = await schemasOnDisk();
    expect(() => assertLayoutMatchesSchemas(table, schemas, EDITORIAL_CONTENT_TYPES)).toThrow(AdminLayoutError);
    expect(layoutProblems(table, schemas, EDITORIAL_CONTENT_TYPES)).toEqual(['api::brief.brief: the table labels "subtitle", which is not a field of the schema']);
  });

  test('refuses a schema field the table has no label for (adding a field forces a label)', async () => {
    const schemas = await schemasOnDisk();
    const withNewField = { ...schemas, 'api::news-item.news-item': { ...schemas['api::news-item.news-item'], readingTime: { type: 'integer' } } };
    expect(layoutProblems(ADMIN_LAYOUT, withNewField, EDITORIAL_CONTENT_TYPES)).toEqual([
      'api::news-item.news-item: field "readingTime" is in the schema but has no label in the table',
      'api::news-item.news-item: field "readingTime" is in the edit form 0 times, not once',
    ]);
  });

  test('refuses edit rows that are not 12 wide, a full-row field made narrow, and a list column the list cannot show', async () => {
    const table = tableWith('api::news-item.news-item', (news) => {
      // Title on a row of its own but only 8 wide, the story date alone, the story beside the cover.
      news.edit = [
        [['title', 8]],
        [['storyDate', 4]],
        [['slug', 12]],
        [['summary', 12]],
        [['body', 6], ['cover', 6]],
        [['priorities', 6], ['organisations', 6]],
        [['sources', 12]],
        [['publishAt', 6], ['unpublishAt', 6]],
        [['seo', 12]],
        [['reviewStage', 4], ['reviewStageBy', 4], ['reviewStageAt', 4]],
        [['reviewComment', 12]],
      ];
      news.list.push('body');
    });
    expect(layoutProblems(table, await schemasOnDisk(), EDITORIAL_CONTENT_TYPES)).toEqual([
      'api::news-item.news-item: edit row 1 is 8 wide, not 12',
      'api::news-item.news-item: edit row 2 is 4 wide, not 12',
      'api::news-item.news-item: "body" (blocks) must be 12 wide',
      'api::news-item.news-item: "body" (blocks) cannot be a list column',
    ]);
  });

  test('refuses a table that leaves out an editorial type or a component it uses', async () => {
    const { 'api::event.event': _event, ...contentTypes } = ADMIN_LAYOUT.contentTypes;
    const { 'vacancy.salary': _salary, ...components } = ADMIN_LAYOUT.components;
    expect(layoutProblems({ contentTypes, components }, await schemasOnDisk(), EDITORIAL_CONTENT_TYPES)).toEqual([
      'vacancy.salary: component used by api::vacancy.vacancy is missing from the table',
      'api::event.event: the editorial type is missing from the table',
    ]);
  });
});

interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: { label?: string; description?: string; placeholder?: string; visible?: boolean }; list: { label?: string } }>;
  layouts: { edit: Array<Array<{ name: string; size: number }>>; list: string[] };
}

interface ConfigurationResponse {
  data: { contentType: Configuration; components: Record<string, Configuration> };
}

async function configurationOf(session: AdminSession, uid: string): Promise<ConfigurationResponse['data']> {
  const response = await session.request<ConfigurationResponse>('GET', `/content-manager/content-types/${uid}/configuration`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data;
}

/** The edit form as the table describes it, in the content manager's shape. */
const editLayout = (layout: ModelLayout) => layout.edit.map((row) => row.map(([name, size]) => ({ name, size })));

function expectModelAsTable(configuration: Configuration, layout: ModelLayout, uid: string): void {
  for (const [field, text] of Object.entries(layout.fields)) {
    const metadata = configuration.metadatas[field];
    expect(metadata?.edit, `${uid}.${field}`).toMatchObject({
      label: text.label,
      description: text.hint ?? '',
      placeholder: text.placeholder ?? '',
      visible: true,
    });
    expect(metadata?.list.label, `${uid}.${field} list`).toBe(text.label);
  }
  expect(configuration.layouts.edit, `${uid} edit layout`).toEqual(editLayout(layout));
}

describe.each(databases)('the admin layout on %s', (database) => {
  let cms: TestCms;
  let comms: AdminSession;

  beforeAll(async () => {
    cms = await startTestCms({ database, seed: false, env: { BLMK_DEMO_USERS: '1' } });
    comms = await adminLogin(cms.url, DEMO.comms);
  });

  afterAll(async () => {
    await cms?.destroy();
  });

  test('a comms officer gets every editorial type in the table’s words, order and list columns', async () => {
    for (const [uid, layout] of Object.entries(ADMIN_LAYOUT.contentTypes)) {
      const { contentType, components } = await configurationOf(comms, uid);
      expectModelAsTable(contentType, layout, uid);
      expect(contentType.layouts.list, `${uid} list`).toEqual(layout.list);
      expect(contentType.settings).toMatchObject(layout.settings);
      for (const [field, label] of Object.entries(layout.systemColumns ?? {})) expect(contentType.metadatas[field]?.list.label).toBe(label);
      for (const [componentUid, configuration] of Object.entries(components)) {
        expectModelAsTable(configuration, ADMIN_LAYOUT.components[componentUid]!, componentUid);
      }
    }
    // The words themselves, not just "whatever the table says": the case from issue 12.
    const brief = (await configurationOf(comms, 'api::brief.brief')).contentType;
    expect(brief.metadatas.issueDate?.edit.label).toBe('Issue date');
    expect(brief.metadatas.issueDate?.edit.description).toMatch(/^The first day of the month the issue covers/);
    expect(brief.layouts.edit[0]).toEqual([{ name: 'title', size: 8 }, { name: 'issueDate', size: 4 }]);
  });

  test('a change made under "Configure the view" survives a restart while the table is unchanged, and goes when the table changes', async () => {
    const uid = 'api::news-item.news-item';
    const admin = await adminLogin(cms.url);
    const { contentType } = await configurationOf(admin, uid);
    const edited = structuredClone(contentType);
    edited.metadatas.title!.edit.label = 'Headline (as the team likes it)';
    edited.layouts.edit = [edited.layouts.edit.at(-1)!, ...edited.layouts.edit.slice(0, -1)];
    edited.layouts.list = ['title', 'updatedAt'];
    // The GET adds each relation's main field to its list metadata; the PUT refuses it back (the admin strips it too).
    for (const metadata of Object.values(edited.metadatas)) delete (metadata.list as { mainField?: unknown }).mainField;
    const saved = await admin.request('PUT', `/content-manager/content-types/${uid}/configuration`, {
      settings: edited.settings,
      metadatas: edited.metadatas,
      layouts: edited.layouts,
    });
    // The admin's own validator accepts the layout the table wrote (it is sent back here).
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);

    await cms.stop();
    await cms.start();
    const afterRestart = (await configurationOf(comms, uid)).contentType;
    expect(afterRestart.metadatas.title?.edit.label).toBe('Headline (as the team likes it)');
    expect(afterRestart.layouts.edit).toEqual(edited.layouts.edit);
    expect(afterRestart.layouts.list).toEqual(['title', 'updatedAt']);

    // A different table in the code: what was applied no longer matches the stored hash.
    await runSql(cms.database, 'UPDATE strapi_core_store_settings SET value = ? WHERE key = ?', [
      JSON.stringify({}),
      `${APPLIED_STORE.type}_${APPLIED_STORE.name}_${APPLIED_STORE.key}`,
    ]);
    await cms.stop();
    await cms.start();
    const reapplied = (await configurationOf(comms, uid)).contentType;
    expectModelAsTable(reapplied, ADMIN_LAYOUT.contentTypes[uid]!, uid);
    expect(reapplied.layouts.list).toEqual(ADMIN_LAYOUT.contentTypes[uid]!.list);
  });
});

describe('the edit form in the built admin, in Chromium', () => {
  let cms: TestCms;
  let browser: Browser;
  let briefId: string;

  beforeAll(async () => {
    await ensureAdminBuilt();
    cms = await startTestCms({ database: 'sqlite', seed: true, env: { SERVE_ADMIN_PANEL: 'true', BLMK_DEMO_USERS: '1' } });
    const comms = await adminLogin(cms.url, DEMO.comms);
    const briefs = await comms.request<{ results: Array<{ documentId: string; issueDate: string }> }>(
      'GET',
      '/content-manager/collection-types/api::brief.brief?locale=en&filters[issueDate][$eq]=2018-05-01',
    );
    expect(briefs.body.results).toHaveLength(1);
    briefId = briefs.body.results[0]!.documentId;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await cms?.destroy();
  });

  test('a comms officer sees the May 2018 issue date day first (01/05/2018), with the table’s label and hint', async () => {
    // A browser that never chose a language, as a comms officer's first visit.
    const page = await openAdminAs(browser, cms.url, DEMO.comms);
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::brief.brief/${briefId}?plugins[i18n][locale]=en`);

    const issueDate = page.getByRole('combobox', { name: /^Issue date/ });
    await expect.poll(() => issueDate.inputValue(), { timeout: 20_000 }).toBe('01/05/2018');
    await expect.poll(() => page.getByText('The first day of the month the issue covers', { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    // The edit form in the table's order: the labels of the first fields as the page shows them.
    const labels = await page.locator('form label').allInnerTexts();
    const shown = labels.map((label) => label.replace(/\*$/, '').trim());
    expect(shown.slice(0, 3)).toEqual(['Title', 'Issue date', 'Web address']);
    await page.close();
  });
});
