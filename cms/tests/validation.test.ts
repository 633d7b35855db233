import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin, type AdminSession } from '../../scripts/testing/admin-api.ts';
import { startTestCms, type TestCms } from '../../scripts/testing/cms-server.ts';
import { testDatabaseKinds } from '../../scripts/testing/databases.ts';

/**
 * Every editorial rule, tried with bad input through the admin's Content Manager API
 * (what the admin panel sends), then with good input to show the rule lets it through.
 */
const databases = await testDatabaseKinds();

const NEWS = 'api::news-item.news-item';
const BRIEF = 'api::brief.brief';
const VACANCY = 'api::vacancy.vacancy';
const EVENT = 'api::event.event';
const LEADERSHIP = 'api::leadership-update.leadership-update';

interface ErrorBody {
  error?: { status: number; name: string; message: string; details?: { errors?: Array<{ path: string[]; message: string }> } };
}
interface Created {
  data: { documentId: string };
}

const cm = (uid: string, rest = '', locale = 'en') => `/content-manager/collection-types/${uid}${rest}?locale=${locale}`;

let serial = 0;
const unique = (stem: string) => `${stem}-${Date.now()}-${(serial += 1)}`;

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

function isoDate(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

describe.each(databases)('editorial validation on %s', (database) => {
  let cms: TestCms;
  let admin: AdminSession;

  beforeAll(async () => {
    cms = await startTestCms({ database, seed: true });
    admin = await adminLogin(cms.url);
  });
  afterAll(() => cms?.destroy());

  /** Expects a 400 ValidationError naming `field` with a message matching `message`. */
  function expectRefusal(reply: { status: number; body: unknown }, field: string, message: RegExp): void {
    const body = reply.body as ErrorBody;
    expect(reply.status, JSON.stringify(body)).toBe(400);
    expect(body.error?.name).toBe('ValidationError');
    expect(body.error?.message).toMatch(message);
    expect(body.error?.details?.errors?.map((error) => error.path.join('.'))).toContain(field);
  }

  async function create(uid: string, data: Record<string, unknown>, locale = 'en'): Promise<string> {
    const reply = await admin.request<Created>('POST', cm(uid, '', locale), data);
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    return reply.body.data.documentId;
  }

  const publish = (uid: string, documentId: string) => admin.request('POST', cm(uid, `/${documentId}/actions/publish`), {});

  async function uploadImage(alternativeText: string | null): Promise<number> {
    const form = new FormData();
    form.append('files', new Blob([PNG], { type: 'image/png' }), `${unique('pixel')}.png`);
    form.append('fileInfo', JSON.stringify(alternativeText === null ? {} : { alternativeText }));
    const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` }, body: form });
    expect(response.status).toBe(201);
    const [file] = (await response.json()) as Array<{ id: number }>;
    return file!.id;
  }

  describe('vacancies', () => {
    const vacancy = (extra: Record<string, unknown> = {}) => ({ title: 'Test vacancy', slug: unique('vacancy'), ...extra });

    test('cannot be published without a closing date', async () => {
      const documentId = await create(VACANCY, vacancy());
      expectRefusal(await publish(VACANCY, documentId), 'closingDate', /needs a closing date before it can be published/);
    });

    test('cannot be published with a closing date in the past', async () => {
      const documentId = await create(VACANCY, vacancy({ closingDate: isoDate(-2) }));
      expectRefusal(await publish(VACANCY, documentId), 'closingDate', /has passed/);
    });

    test('the seeded 2018 vacancy (no closing date in the advert) cannot be republished as it is', async () => {
      const list = await admin.request<{ results: Array<{ documentId: string }> }>(
        'GET',
        `${cm(VACANCY)}&filters[slug][$eq]=primary-care-workforce-programme-manager`,
      );
      const [seeded] = list.body.results;
      expect(seeded).toBeDefined();
      expectRefusal(await publish(VACANCY, seeded!.documentId), 'closingDate', /closing date/);
    });

    test('can be published with a closing date from today on', async () => {
      const documentId = await create(VACANCY, vacancy({ closingDate: isoDate(30) }));
      expect((await publish(VACANCY, documentId)).status).toBe(200);
    });

    test('refuse a malformed contact e-mail on save', async () => {
      const reply = await admin.request('POST', cm(VACANCY), vacancy({ contactEmail: 'jobs at example.org' }));
      expectRefusal(reply, 'contactEmail', /contact e-mail "jobs at example.org" is not a valid e-mail address/);
    });

    test('refuse an apply link that is not a web address, on create and on update', async () => {
      expectRefusal(await admin.request('POST', cm(VACANCY), vacancy({ applyUrl: 'www.jobs.nhs' })), 'applyUrl', /not a web address/);
      expectRefusal(await admin.request('POST', cm(VACANCY), vacancy({ applyUrl: 'javascript:alert(1)' })), 'applyUrl', /not a web address/);
      const documentId = await create(VACANCY, vacancy({ applyUrl: 'https://www.jobs.nhs.uk/candidate/jobadvert/A1234', contactEmail: 'jobs@example.nhs.uk' }));
      expectRefusal(await admin.request('PUT', cm(VACANCY, `/${documentId}`), { applyUrl: 'https//missing-colon' }), 'applyUrl', /not a web address/);
    });
  });

  describe('image alt text', () => {
    test('a news cover without alt text is refused; with alt text it saves', async () => {
      const bare = await uploadImage(null);
      const reply = await admin.request('POST', cm(NEWS), { title: 'Cover test', slug: unique('cover'), cover: bare });
      expectRefusal(reply, 'cover', /has no alternative text/);
      const described = await uploadImage('Two nurses at a hospital entrance');
      await create(NEWS, { title: 'Cover test', slug: unique('cover'), cover: described });
    });

    test('publishing checks again: alt text removed in the media library after the image was placed', async () => {
      const fileId = await uploadImage('A ward corridor');
      const documentId = await create(NEWS, { title: 'Later removal', slug: unique('removal'), seo: { shareImage: fileId } });
      const form = new FormData();
      form.append('fileInfo', JSON.stringify({ alternativeText: '' }));
      const edit = await fetch(`${cms.url}/upload?id=${fileId}`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` }, body: form });
      expect(edit.status).toBe(200);
      expectRefusal(await publish(NEWS, documentId), 'seo.shareImage', /has no alternative text/);
    });

    test('a leadership photo without alt text is refused (also as an object, as the admin sends it)', async () => {
      const bare = await uploadImage('  ');
      const reply = await admin.request('POST', cm(LEADERSHIP), {
        personName: 'Photo Test',
        roleTitle: 'Tester',
        slug: unique('photo'),
        photo: { id: bare },
      });
      expectRefusal(reply, 'photo', /has no alternative text/);
    });

    test('an SEO share image without alt text is refused on update', async () => {
      const documentId = await create(BRIEF, { title: 'Share image test', slug: unique('share'), issueDate: '2026-12-01' });
      const bare = await uploadImage(null);
      const reply = await admin.request('PUT', cm(BRIEF, `/${documentId}`), { seo: { metaTitle: 'Share', shareImage: bare } });
      expectRefusal(reply, 'seo.shareImage', /has no alternative text/);
    });
  });

  describe('event sessions', () => {
    const event = (sessions: Array<Record<string, unknown>>) => ({ title: 'Session test', slug: unique('event'), sessions });

    test('a session that ends before it starts is refused', async () => {
      const reply = await admin.request(
        'POST',
        cm(EVENT),
        event([
          { date: '2026-12-10', startsAt: '09:00:00.000', endsAt: '12:00:00.000' },
          { date: '2026-12-11', startsAt: '14:00:00.000', endsAt: '13:30:00.000' },
        ]),
      );
      expectRefusal(reply, 'sessions.1.endsAt', /Session 2 \(2026-12-11\) ends before it starts \(14:00 to 13:30\)/);
    });

    test('a session over 12 hours saves, with a warning in the audit log', async () => {
      const documentId = await create(EVENT, event([{ date: '2026-12-10', startsAt: '00:30:00.000', endsAt: '16:00:00.000' }]));
      const audit = await admin.request<{ data: Array<{ subjectDocumentId: string; details: { message: string } }> }>(
        'GET',
        '/blmk/audit?action=validation-warning&model=api::event.event',
      );
      expect(audit.status).toBe(200);
      const warning = audit.body.data.find((entry) => entry.subjectDocumentId === documentId);
      expect(warning?.details.message).toMatch(/Session 1 \(2026-12-10\) lasts more than 12 hours \(00:30 to 16:00\); check am and pm/);
    });

    test('a malformed registration link is refused', async () => {
      const reply = await admin.request('POST', cm(EVENT), { title: 'Registration test', slug: unique('event'), registration: { url: 'book here' } });
      expectRefusal(reply, 'registration.url', /registration link "book here" is not a web address/);
    });
  });

  describe('briefs', () => {
    test('cannot be published while an item it lists is unpublished', async () => {
      const newsId = await create(NEWS, { title: 'Unpublished story', slug: unique('story') });
      const briefId = await create(BRIEF, {
        title: 'Brief with a draft story',
        slug: unique('brief'),
        issueDate: '2026-12-01',
        sections: [{ heading: 'News', entries: [{ newsItem: { connect: [{ documentId: newsId, locale: 'en' }] } }] }],
      });
      expectRefusal(await publish(BRIEF, briefId), 'sections.0.entries.0.newsItem', /"Unpublished story" in the section "News" is not published yet/);
      expect((await publish(NEWS, newsId)).status).toBe(200);
      expect((await publish(BRIEF, briefId)).status).toBe(200);
    });

    test('stay whole: an item a published brief lists cannot be unpublished or deleted until the brief lets go of it', async () => {
      const newsId = await create(NEWS, { title: 'Listed story', slug: unique('listed') });
      expect((await publish(NEWS, newsId)).status).toBe(200);
      const briefTitle = `Brief listing a story ${unique('t')}`;
      const briefId = await create(BRIEF, {
        title: briefTitle,
        slug: unique('brief'),
        issueDate: '2026-12-01',
        sections: [{ heading: 'News', entries: [{ newsItem: { connect: [{ documentId: newsId, locale: 'en' }] } }] }],
      });
      // A draft brief holds nothing back.
      const whileDraft = await admin.request('POST', cm(NEWS, `/${newsId}/actions/unpublish`), {});
      expect(whileDraft.status, JSON.stringify(whileDraft.body)).toBe(200);
      expect((await publish(NEWS, newsId)).status).toBe(200);
      expect((await publish(BRIEF, briefId)).status).toBe(200);

      for (const attempt of [
        () => admin.request('POST', cm(NEWS, `/${newsId}/actions/unpublish`), {}),
        () => admin.request('DELETE', cm(NEWS, `/${newsId}`)),
      ]) {
        const reply = await attempt();
        expect(reply.status, JSON.stringify(reply.body)).toBe(400);
        expect((reply.body as ErrorBody).error?.message).toContain(`listed in the published brief "${briefTitle}"`);
      }
      const stillPublic = await fetch(`${cms.url}/api/news-items/${newsId}`);
      expect(stillPublic.status).toBe(200);

      expect((await admin.request('POST', cm(BRIEF, `/${briefId}/actions/unpublish`), {})).status).toBe(200);
      expect((await admin.request('POST', cm(NEWS, `/${newsId}/actions/unpublish`), {})).status).toBe(200);
      expect((await admin.request('DELETE', cm(NEWS, `/${newsId}`))).status).toBe(200);
    });
  });

  describe('slugs', () => {
    test('are unique per locale, drafts included', async () => {
      const reply = await admin.request('POST', cm(BRIEF), { title: 'Copy', slug: 'central-brief-may-2018', issueDate: '2026-12-01' });
      expectRefusal(reply, 'slug', /slug "central-brief-may-2018" is already used by "Central Brief: May 2018" in the en locale/);
      const slug = unique('shared');
      await create(NEWS, { title: 'First draft', slug });
      expectRefusal(await admin.request('POST', cm(NEWS), { title: 'Second draft', slug }), 'slug', /already used by "First draft"/);
    });

    test('a duplicate (clone) needs a slug of its own', async () => {
      const sourceId = await create(NEWS, { title: 'Original', slug: unique('original') });
      const source = await admin.request<{ data: { slug: string } }>('GET', cm(NEWS, `/${sourceId}`));
      const same = await admin.request('POST', cm(NEWS, `/clone/${sourceId}`), { title: 'Copy', slug: source.body.data.slug });
      expectRefusal(same, 'slug', /already used by "Original"/);
      const own = await admin.request('POST', cm(NEWS, `/clone/${sourceId}`), { title: 'Copy', slug: unique('copy') });
      expect(own.status, JSON.stringify(own.body)).toBeLessThan(300);
    });

    test('another locale may use the same slug', async () => {
      const slug = unique('polish');
      await create(NEWS, { title: 'English story', slug });
      await create(NEWS, { title: 'Polish story', slug }, 'pl');
    });
  });
});
