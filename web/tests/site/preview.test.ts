import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin, type AdminSession } from '../../../scripts/testing/admin-api.ts';
import { startTestCms, type TestCms } from '../../../scripts/testing/cms-server.ts';
import { startTestWeb, type TestWeb } from '../../../scripts/testing/web-server.ts';
import { freePort } from '../../../scripts/lib/ports.ts';
import { fetchPage } from './fetch-page';

/**
 * Previewing a draft from the CMS admin on the real site: the CMS's Preview hands out
 * the site's secret route, the site reads the draft with a read-only API token and
 * renders it never cached and never indexed.
 */

const PREVIEW_SECRET = randomBytes(24).toString('hex');
const NEWS_UID = 'api::news-item.news-item';
const NEWS = `/content-manager/collection-types/${NEWS_UID}`;
const DRAFT = { title: 'Embargoed: new chair appointed', slug: 'embargoed-new-chair', summary: 'Not yet announced.' };

let cms: TestCms;
let web: TestWeb;
let admin: AdminSession;
let siteUrl: string;
let documentId: string;

beforeAll(async () => {
  const webPort = await freePort();
  siteUrl = `http://127.0.0.1:${webPort}`;
  cms = await startTestCms({ database: 'sqlite', seed: false, env: { SITE_URL: siteUrl, PREVIEW_SECRET } });
  admin = await adminLogin(cms.url);
  // The site's read-only token, made as an administrator makes it in Settings > API Tokens.
  const token = await admin.request<{ data: { accessKey: string } }>('POST', '/admin/api-tokens', {
    name: 'Site preview',
    description: 'Reads drafts for the preview',
    type: 'read-only',
    lifespan: null,
  });
  if (token.status !== 201) throw new Error(`api token: ${token.status} ${JSON.stringify(token.body)}`);
  const created = await admin.request<{ data: { documentId: string } }>('POST', NEWS, DRAFT);
  if (created.status !== 201) throw new Error(`draft: ${created.status} ${JSON.stringify(created.body)}`);
  documentId = created.body.data.documentId;
  web = await startTestWeb({
    cmsUrl: cms.url,
    port: webPort,
    env: { NUXT_PREVIEW_SECRET: PREVIEW_SECRET, NUXT_CMS_PREVIEW_TOKEN: token.body.data.accessKey },
  });
});

afterAll(async () => {
  await web?.stop();
  await cms?.destroy();
});

async function previewUrlFromCms(): Promise<string> {
  const response = await admin.request<{ data: { url: string } }>('GET', `/content-manager/preview/url/${NEWS_UID}?documentId=${documentId}&locale=en&status=draft`);
  expect(response.status).toBe(200);
  return response.body.data.url;
}

/** Follows /api/preview's redirect as the admin's preview frame does. */
async function openPreview(url: string) {
  const redirect = await fetch(url, { redirect: 'manual' });
  expect(redirect.status).toBe(302);
  expect(redirect.headers.get('cache-control')).toBe('no-store, private');
  const location = redirect.headers.get('location')!;
  expect(location).toMatch(new RegExp(`^/preview/news-item/${documentId}\\?`));
  expect(location).not.toContain(PREVIEW_SECRET);
  const response = await fetch(new URL(location, siteUrl), { headers: { accept: 'text/html' } });
  return { response, location, page: await fetchPage(siteUrl, location) };
}

describe('the CMS offers a preview on the site', () => {
  test('its preview URL is the site route with the secret, type, document, locale and status', async () => {
    const url = new URL(await previewUrlFromCms());
    expect(url.origin + url.pathname).toBe(`${siteUrl}/api/preview`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ secret: PREVIEW_SECRET, type: 'news-item', documentId, locale: 'en', status: 'draft' });
  });

  test('no preview for types without a page of their own', async () => {
    const response = await admin.request<{ data: { url: string | null } }>('GET', `/content-manager/preview/url/api::organisation.organisation?documentId=${documentId}&locale=en&status=draft`);
    expect(response.body?.data?.url ?? null).toBeNull();
  });
});

describe.each([
  {
    what: 'an event',
    uid: 'api::event.event',
    type: 'event',
    draft: { title: 'Embargoed: winter planning forum', slug: 'embargoed-winter-forum', sessions: [{ date: '2030-06-01', startsAt: '10:00:00.000', endsAt: '12:00:00.000' }] },
    shows: ['Embargoed: winter planning forum', 'When 1 June 2030'],
    page: '/events/embargoed-winter-forum',
  },
  {
    // One renderer (BriefIssue) for a brief's page and its preview: the outro and closing links too.
    what: 'a brief',
    uid: 'api::brief.brief',
    type: 'brief',
    draft: {
      title: 'Embargoed: Central Brief June',
      slug: 'embargoed-central-brief-june',
      issueDate: '2030-06-01',
      outro: 'Thank you for reading this issue.',
      closingLinks: [{ label: 'Find out more about the partnership', url: 'https://example.org/partnership' }],
    },
    shows: ['Embargoed: Central Brief June', 'June 2030', 'Thank you for reading this issue.', 'Find out more about the partnership'],
    page: '/briefs/embargoed-central-brief-june',
  },
  {
    what: 'a leadership update',
    uid: 'api::leadership-update.leadership-update',
    type: 'leadership-update',
    draft: { personName: 'Embargoed Appointee', slug: 'embargoed-appointee', roleTitle: 'Chief Nurse', summary: 'Appointed from the spring.' },
    shows: ['Embargoed Appointee', 'Chief Nurse', 'Appointed from the spring.'],
    page: '/leadership/embargoed-appointee',
  },
])('$what draft', ({ uid, type, draft, shows, page: publicPage }) => {
  test('has a preview too, in full, and no public page yet', async () => {
    const created = await admin.request<{ data: { documentId: string } }>('POST', `/content-manager/collection-types/${uid}`, draft);
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    const preview = await admin.request<{ data: { url: string } }>('GET', `/content-manager/preview/url/${uid}?documentId=${id}&locale=en&status=draft`);
    expect(new URL(preview.body.data.url).searchParams.get('type')).toBe(type);
    const redirect = await fetch(preview.body.data.url, { redirect: 'manual' });
    const location = redirect.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^/preview/${type}/${id}\\?`));
    const page = await fetchPage(siteUrl, location);
    expect(page.status).toBe(200);
    for (const text of shows) expect(page.text).toContain(text);
    expect((await fetchPage(siteUrl, publicPage)).status).toBe(404);
  });
});

describe('the preview', () => {
  test('shows the draft, never cached and never indexed', async () => {
    const { response, page } = await openPreview(await previewUrlFromCms());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store, private');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(page.text).toContain(DRAFT.title);
    expect(page.text).toContain('Preview of a draft');
    expect(page.html).toMatch(/<meta name="robots" content="noindex, nofollow">/);
    // The draft is still nowhere else on the site.
    expect((await fetchPage(siteUrl, `/news/${DRAFT.slug}`)).status).toBe(404);
  });

  test('shows the latest draft on every visit', async () => {
    const url = await previewUrlFromCms();
    await openPreview(url);
    const edited = await admin.request('PUT', `${NEWS}/${documentId}`, { ...DRAFT, title: 'Embargoed: new chair appointed today' });
    expect(edited.status).toBe(200);
    expect((await openPreview(url)).page.text).toContain('Embargoed: new chair appointed today');
  });

  test.each([
    ['no secret', (url: URL) => url.searchParams.delete('secret')],
    ['a wrong secret', (url: URL) => url.searchParams.set('secret', 'guess')],
  ])('with %s is a 401', async (_label, spoil) => {
    const url = new URL(await previewUrlFromCms());
    spoil(url);
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(401);
  });

  test.each([
    ['type', 'organisation'],
    ['documentId', '../../users'],
    ['locale', 'de'],
  ])('a bad %s is a 400', async (name, value) => {
    const url = new URL(await previewUrlFromCms());
    url.searchParams.set(name, value);
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(400);
  });

  test('a preview page with a forged or stretched token is refused', async () => {
    const { location } = await openPreview(await previewUrlFromCms());
    const forged = new URL(location, siteUrl);
    forged.searchParams.set('token', '0'.repeat(64));
    expect((await fetchPage(siteUrl, forged.pathname + forged.search)).status).toBe(401);
    const stretched = new URL(location, siteUrl);
    stretched.searchParams.set('expires', String(Number(stretched.searchParams.get('expires')) + 86_400_000));
    expect((await fetchPage(siteUrl, stretched.pathname + stretched.search)).status).toBe(401);
    // Drafts are read in-process by the preview page only: there is no JSON route to them.
    const api = await fetch(`${siteUrl}/api/preview-entry?type=news-item&documentId=${documentId}&locale=en&status=draft`);
    expect(api.status).toBe(404);
  });
});

describe('a preview token that may write', () => {
  let writableWeb: TestWeb;
  let writableUrl: string;

  beforeAll(async () => {
    // The mistake this guards against: a Full access token pasted where the read-only one belongs.
    const token = await admin.request<{ data: { accessKey: string } }>('POST', '/admin/api-tokens', {
      name: 'Site preview (full access by mistake)',
      type: 'full-access',
      lifespan: null,
    });
    if (token.status !== 201) throw new Error(`api token: ${token.status} ${JSON.stringify(token.body)}`);
    const port = await freePort();
    writableUrl = `http://127.0.0.1:${port}`;
    writableWeb = await startTestWeb({
      cmsUrl: cms.url,
      port,
      env: { NUXT_PREVIEW_SECRET: PREVIEW_SECRET, NUXT_CMS_PREVIEW_TOKEN: token.body.data.accessKey },
    });
  });
  afterAll(async () => {
    await writableWeb?.stop();
  });

  test('turns the preview off with a 503 and writes nothing to the CMS', async () => {
    const count = async () => (await admin.request<{ pagination: { total: number } }>('GET', `${NEWS}?page=1&pageSize=1`)).body.pagination.total;
    const before = await count();
    const { location } = await openPreview(await previewUrlFromCms());
    const page = await fetchPage(writableUrl, location);
    expect(page.status).toBe(503);
    expect(page.text).not.toContain(DRAFT.title);
    expect(await count()).toBe(before);
    // The same link on the site with the read-only token still opens the draft.
    expect((await fetchPage(siteUrl, location)).status).toBe(200);
  });
});
