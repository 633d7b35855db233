import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin, type AdminSession } from '../../scripts/testing/admin-api.ts';
import { startTestCms, type TestCms } from '../../scripts/testing/cms-server.ts';
import { testDatabaseKinds } from '../../scripts/testing/databases.ts';
import { runSql } from '../../scripts/testing/sql.ts';

/**
 * GET /api/search against the real CMS with the seed import: what is found, in which
 * order, highlighted how, and how editors' publishing changes it.
 */

const databases = await testDatabaseKinds();

interface SearchHit {
  type: string;
  documentId: string;
  slug: string | null;
  title: string;
  snippet: string;
  locale: string;
  date: string | null;
}
interface SearchBody {
  data: SearchHit[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number; totalExact: boolean } };
  error?: { status: number; message: string };
}

const NEWS = '/content-manager/collection-types/api::news-item.news-item';
const ORGANISATIONS = '/content-manager/collection-types/api::organisation.organisation';
const VACANCIES = '/content-manager/collection-types/api::vacancy.vacancy';
const BRIEFS = '/content-manager/collection-types/api::brief.brief';
/** The API's cap on counting (cms/src/search/query.ts COUNT_CAP): beyond it, "more than 1,000". */
const COUNT_CAP = 1000;

async function searchFor(cms: TestCms, params: Record<string, string>): Promise<{ status: number; body: SearchBody }> {
  const response = await fetch(`${cms.url}/api/search?${new URLSearchParams(params)}`);
  return { status: response.status, body: (await response.json()) as SearchBody };
}

const titlesFor = async (cms: TestCms, q: string, extra: Record<string, string> = {}): Promise<string[]> =>
  (await searchFor(cms, { q, ...extra })).body.data.map((hit) => hit.title);


describe.each(databases)('search on %s', (database) => {
  let cms: TestCms;
  let admin: AdminSession;

  async function createNews(data: Record<string, unknown>): Promise<string> {
    const created = await admin.request<{ data: { documentId: string } }>('POST', NEWS, data);
    expect(created.status).toBe(201);
    return created.body.data.documentId;
  }

  async function publishNews(documentId: string, data: Record<string, unknown>, locale = 'en'): Promise<void> {
    const published = await admin.request('POST', `${NEWS}/${documentId}/actions/publish?locale=${locale}`, data);
    expect(published.status).toBe(200);
  }

  /** Creates and publishes an English entry of the content-manager collection `collection`. */
  async function published(collection: string, data: Record<string, unknown>): Promise<string> {
    const created = await admin.request<{ data: { documentId: string } }>('POST', collection, data);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { documentId } = created.body.data;
    const reply = await admin.request('POST', `${collection}/${documentId}/actions/publish?locale=en`, data);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return documentId;
  }

  /** Edits and publishes an English entry, as an editor saving and publishing it does. */
  async function republish(collection: string, documentId: string, data: Record<string, unknown>): Promise<void> {
    const edited = await admin.request('PUT', `${collection}/${documentId}?locale=en`, data);
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const reply = await admin.request('POST', `${collection}/${documentId}/actions/publish?locale=en`, data);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  }

  beforeAll(async () => {
    cms = await startTestCms({ database, seed: true });
    admin = await adminLogin(cms.url);
  });
  afterAll(() => cms?.destroy());

  test('finds seeded content, a title match first, with the matched words highlighted', async () => {
    const { status, body } = await searchFor(cms, { q: 'Single Operating Plan' });
    expect(status).toBe(200);
    expect(body.data.map((hit) => [hit.type, hit.title])).toEqual([
      ['news-item', 'BLMK Single Operating Plan'],
      // The May 2018 brief lists the story in its News section.
      ['brief', 'Central Brief: May 2018'],
    ]);
    const [first] = body.data;
    expect(first).toMatchObject({ slug: 'blmk-single-operating-plan', locale: 'en' });
    expect(first!.snippet).toContain('<mark>Single</mark> <mark>Operating</mark> <mark>Plan</mark>');
    expect(body.meta.pagination).toEqual({ page: 1, pageSize: 10, pageCount: 1, total: 2, totalExact: true });
  });

  test('searches every editorial type, and only those asked for', async () => {
    expect(await titlesFor(cms, 'Workforce Programme Manager', { types: 'vacancy' })).toEqual(['Primary Care Workforce Programme Manager']);
    expect((await searchFor(cms, { q: 'David Carter', types: 'leadership-update' })).body.data[0]).toMatchObject({
      type: 'leadership-update',
      title: 'David Carter',
    });
    expect(await titlesFor(cms, 'Single Operating Plan', { types: 'brief,event' })).toEqual(['Central Brief: May 2018']);
  });

  test('pages through results with stable ranking', async () => {
    const first = await searchFor(cms, { q: 'Single Operating Plan', pageSize: '1' });
    const second = await searchFor(cms, { q: 'Single Operating Plan', pageSize: '1', page: '2' });
    expect(first.body.data.map((hit) => hit.title)).toEqual(['BLMK Single Operating Plan']);
    expect(second.body.data.map((hit) => hit.title)).toEqual(['Central Brief: May 2018']);
    expect(second.body.meta.pagination).toEqual({ page: 2, pageSize: 1, pageCount: 2, total: 2, totalExact: true });
    const beyond = await searchFor(cms, { q: 'Single Operating Plan', page: '3', pageSize: '1' });
    expect(beyond.body.data).toEqual([]);
  });

  test('drafts are never found; publishing adds, unpublishing and deleting remove', async () => {
    const data = { title: 'Quokka sanctuary opens in Bedford', slug: 'quokka-sanctuary-opens', summary: 'Embargoed until the ribbon is cut.' };
    const documentId = await createNews(data);
    expect(await titlesFor(cms, 'quokka')).toEqual([]);

    await publishNews(documentId, data);
    expect(await titlesFor(cms, 'quokka')).toEqual([data.title]);

    // An edited draft does not change what is found until it is published.
    const edited = await admin.request('PUT', `${NEWS}/${documentId}?locale=en`, { ...data, summary: 'Now with wombats too.' });
    expect(edited.status).toBe(200);
    expect(await titlesFor(cms, 'wombats')).toEqual([]);

    const unpublished = await admin.request('POST', `${NEWS}/${documentId}/actions/unpublish?locale=en`, {});
    expect(unpublished.status).toBe(200);
    expect(await titlesFor(cms, 'quokka')).toEqual([]);

    await publishNews(documentId, { ...data, summary: 'Now with wombats too.' });
    expect(await titlesFor(cms, 'wombats')).toEqual([data.title]);

    const deleted = await admin.request('DELETE', `${NEWS}/${documentId}?locale=*`);
    expect(deleted.status).toBe(200);
    expect(await titlesFor(cms, 'quokka')).toEqual([]);
  });

  test('each locale finds its own translations only', async () => {
    const english = { title: 'Cycling to work scheme', slug: 'cycling-to-work-scheme', summary: 'Staff can lease a bicycle.' };
    const documentId = await createNews(english);
    await publishNews(documentId, english);
    const polish = { title: 'Program dojazdów rowerem do pracy', slug: 'program-rowerowy', summary: 'Pracownicy mogą wypożyczyć rower.' };
    const translated = await admin.request('PUT', `${NEWS}/${documentId}?locale=pl`, polish);
    expect(translated.status).toBe(200);
    await publishNews(documentId, polish, 'pl');

    const inPolish = await searchFor(cms, { q: 'rower', locale: 'pl' });
    expect(inPolish.body.data.map((hit) => [hit.title, hit.locale, hit.documentId])).toEqual([[polish.title, 'pl', documentId]]);
    expect(await titlesFor(cms, 'rower')).toEqual([]);
    expect(await titlesFor(cms, 'bicycle', { locale: 'pl' })).toEqual([]);
    expect(await titlesFor(cms, 'bicycle', { locale: 'en' })).toEqual([english.title]);
  });

  test('the snippet escapes what an editor wrote and marks only the matches', async () => {
    const data = {
      title: 'Pharmacy opening hours',
      slug: 'pharmacy-opening-hours',
      summary: 'Boots & Lloyds say "<script>alert(1)</script>" is not a pangolin <b>tag</b>.',
    };
    await publishNews(await createNews(data), data);
    const [hit] = (await searchFor(cms, { q: 'pangolin' })).body.data;
    expect(hit!.snippet).toBe('Boots &amp; Lloyds say &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; is not a <mark>pangolin</mark> &lt;b&gt;tag&lt;/b&gt;.');
    expect(hit!.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  test.each([
    [{ q: '' }, 'q (the search text) must be 1 to 200 characters.'],
    [{ q: 'x'.repeat(201) }, 'q (the search text) must be 1 to 200 characters.'],
    [{ q: 'plan', page: '0' }, 'page must be a whole number from 1 to 1000.'],
    [{ q: 'plan', page: 'two' }, 'page must be a whole number from 1 to 1000.'],
    [{ q: 'plan', pageSize: '51' }, 'pageSize must be a whole number from 1 to 50.'],
    [{ q: 'plan', types: 'news-item,users' }, 'Unknown type "users": use news-item, brief, event, vacancy, leadership-update.'],
    [{ q: 'plan', locale: 'de' }, 'Unknown locale "de": use en, pl, ur, ro.'],
  ])('rejects %j with 400', async (params, message) => {
    const { status, body } = await searchFor(cms, params);
    expect(status).toBe(400);
    expect(body.error?.message).toBe(message);
  });

  test('a missing q is a 400 too', async () => {
    const response = await fetch(`${cms.url}/api/search`);
    expect(response.status).toBe(400);
  });

  test.each(['"', 'OR *', "plan' OR 1=1 --", 'NEAR(plan single)', 'title:plan', '*', '(((', '%_\\', 'plan AND NOT single'])(
    'query syntax in %j is read as words, never an error',
    async (q) => {
      const { status, body } = await searchFor(cms, { q });
      expect(status).toBe(200);
      expect(Array.isArray(body.data)).toBe(true);
    },
  );

  test('a query of common words only finds what contains them, never everything', async () => {
    const { status, body } = await searchFor(cms, { q: 'the and of' });
    expect(status).toBe(200);
    // PostgreSQL drops English stop words, leaving no words: nothing, rather than the whole locale.
    if (database === 'postgres') expect(body.meta.pagination.total).toBe(0);
    else for (const hit of body.data) expect(hit.snippet).toMatch(/<mark>(the|and|of)<\/mark>/i);
  });

  test('the public role can search but still not write', async () => {
    expect((await searchFor(cms, { q: 'plan' })).status).toBe(200);
    const write = await fetch(`${cms.url}/api/search`, { method: 'POST' });
    expect([401, 403, 404, 405]).toContain(write.status);
  });

  test('renaming an organisation re-indexes the entries that name it; deleting it drops its name', async () => {
    const organisation = { name: 'Zanzibarton Community Trust', slug: 'zanzibarton-community-trust', kind: 'other' };
    const organisationId = await published(ORGANISATIONS, organisation);
    const vacancy = {
      title: 'Community Phlebotomist',
      slug: 'community-phlebotomist-rename-test',
      closingDate: '2099-01-31',
      contactEmail: 'jobs@example.org',
      employer: { connect: [{ documentId: organisationId, locale: 'en' }] },
    };
    await published(VACANCIES, vacancy);
    expect(await titlesFor(cms, 'Zanzibarton')).toEqual([vacancy.title]);

    await republish(ORGANISATIONS, organisationId, { ...organisation, name: 'Quillhaven Care Alliance' });
    expect(await titlesFor(cms, 'Quillhaven')).toEqual([vacancy.title]);
    expect(await titlesFor(cms, 'Zanzibarton')).toEqual([]);

    const deleted = await admin.request('DELETE', `${ORGANISATIONS}/${organisationId}?locale=*`);
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    expect(await titlesFor(cms, 'Quillhaven')).toEqual([]);
    expect(await titlesFor(cms, 'Phlebotomist')).toEqual([vacancy.title]);
  });

  test('retitling an item a brief lists re-indexes the brief', async () => {
    const story = { title: 'Otterbrook clinic opens', slug: 'otterbrook-clinic-opens', summary: 'A new clinic.' };
    const storyId = await published(NEWS, story);
    const brief = {
      title: 'Central Brief: Retitling test',
      slug: 'central-brief-retitling-test',
      issueDate: '2026-12-01',
      sections: [{ heading: 'News', entries: [{ newsItem: { connect: [{ documentId: storyId, locale: 'en' }] } }] }],
    };
    await published(BRIEFS, brief);
    expect(await titlesFor(cms, 'Otterbrook')).toEqual([story.title, brief.title]);

    await republish(NEWS, storyId, { ...story, title: 'Badgerholt clinic opens' });
    expect(await titlesFor(cms, 'Badgerholt')).toEqual(['Badgerholt clinic opens', brief.title]);
    expect(await titlesFor(cms, 'Otterbrook')).toEqual([]);
  });

  test('counts up to 1,000 matches and says "more" beyond; title hits rank first at any age', async () => {
    const row = (index: number, title: string, body: string, date: string) => {
      const config = database === 'postgres' ? ", 'english'" : '';
      return `('news-item', 'capped${index}', 'en', 'capped-${index}', '${title}', '${body}', '${date}'${config})`;
    };
    const rows = [
      // Old entries with the word in their title, behind more than COUNT_CAP newer body-only matches.
      ...[1, 2, 3].map((index) => row(index, `Marmalune review ${index}`, 'An old report.', `2001-01-0${index}`)),
      ...Array.from({ length: COUNT_CAP + 5 }, (_, index) => row(index + 10, `Report ${index}`, 'It mentions marmalune once.', '2026-01-01')),
    ];
    const columns = `type, document_id, locale, slug, title, body, date${database === 'postgres' ? ', config' : ''}`;
    // Straight into the index, as the benchmark fills it: a thousand entries through the admin would take minutes.
    await runSql(cms.database, `INSERT INTO blmk_search_entries (${columns}) VALUES ${rows.join(', ')};`);
    try {
      const { body } = await searchFor(cms, { q: 'marmalune' });
      expect(body.meta.pagination).toEqual({ page: 1, pageSize: 10, pageCount: COUNT_CAP / 10, total: COUNT_CAP, totalExact: false });
      expect(body.data.slice(0, 3).map((hit) => hit.title).sort()).toEqual(['Marmalune review 1', 'Marmalune review 2', 'Marmalune review 3']);
      expect(body.data.slice(3).every((hit) => hit.title.startsWith('Report '))).toBe(true);
      // The last page offered is full; the one after it is past the end.
      const last = await searchFor(cms, { q: 'marmalune', page: String(COUNT_CAP / 10) });
      expect(last.body.data).toHaveLength(10);
      expect((await searchFor(cms, { q: 'marmalune', page: String(COUNT_CAP / 10 + 1) })).body.data).toEqual([]);
      // Narrower searches are counted exactly.
      const few = await searchFor(cms, { q: 'marmalune review' });
      expect(few.body.meta.pagination).toMatchObject({ total: 3, totalExact: true });
    } finally {
      await runSql(cms.database, "DELETE FROM blmk_search_entries WHERE document_id LIKE 'capped%';");
    }
  });

  test('an emptied index is rebuilt from published content at start', async () => {
    await cms.stop();
    // The entries only: the record of what they were built from stays, as after a bad restore.
    await runSql(cms.database, 'DELETE FROM blmk_search_entries;');
    await cms.start();
    expect(await titlesFor(cms, 'Single Operating Plan')).toEqual(['BLMK Single Operating Plan', 'Central Brief: May 2018']);
    // Content published through the admin earlier is back too, in its locale.
    expect(await titlesFor(cms, 'rower', { locale: 'pl' })).toEqual(['Program dojazdów rowerem do pracy']);
    expect(await titlesFor(cms, 'quokka')).toEqual([]);
  });
});
