import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin, createAndPublish, type AdminSession } from '../../scripts/testing/admin-api.ts';
import { startTestCms, type TestCms } from '../../scripts/testing/cms-server.ts';
import { testDatabaseKinds } from '../../scripts/testing/databases.ts';
import { runSql } from '../../scripts/testing/sql.ts';
import { lastSessionDate } from '../src/api/event/session-dates.ts';

/**
 * An event's last session date, which the site's past events list filters and sorts
 * by, is the CMS's to keep: set from the sessions on every save, in every language, on
 * the published version too, never taken from the caller, and filled in at start for
 * events stored before the field existed.
 */
const databases = await testDatabaseKinds();
const EVENTS = '/content-manager/collection-types/api::event.event';

describe('lastSessionDate of sessions', () => {
  test.each([
    [[{ date: '2018-05-22' }, { date: '2018-06-05' }, { date: '2018-05-30' }], '2018-06-05'],
    [[{ date: '2018-05-22T00:00:00.000Z' }], '2018-05-22'],
    [[{ date: null }, {}, null, { date: 'soon' }], null],
    [[], null],
    ['not a list', null],
  ])('%j -> %s', (sessions, expected) => {
    expect(lastSessionDate(sessions)).toBe(expected);
  });
});

describe.each(databases)('last session date on %s', (kind) => {
  let cms: TestCms;
  let admin: AdminSession;

  beforeAll(async () => {
    cms = await startTestCms({ database: kind, seed: false });
    admin = await adminLogin(cms.url);
  });
  afterAll(async () => {
    await cms?.destroy();
  });

  async function publicEvent(slug: string, locale = 'en') {
    const response = await fetch(`${cms.url}/api/events?filters[slug][$eq]=${slug}&locale=${locale}`);
    const { data } = (await response.json()) as { data: Array<{ lastSessionDate: string | null; sessions: Array<{ date: string }> }> };
    return data[0];
  }

  test('is set from the sessions, follows their edits in every language, and ignores a value sent', async () => {
    const draft = {
      title: 'Session dates: carers forum',
      slug: 'session-dates-carers-forum',
      sessions: [{ date: '2019-03-01' }, { date: '2019-04-12' }],
      lastSessionDate: '2099-01-01',
    };
    const documentId = await createAndPublish(admin, EVENTS, draft);
    expect((await publicEvent(draft.slug))?.lastSessionDate).toBe('2019-04-12');

    const polish = await admin.request('PUT', `${EVENTS}/${documentId}?locale=pl`, { title: 'Forum opiekunów', slug: draft.slug });
    expect(polish.status, JSON.stringify(polish.body)).toBe(200);
    await admin.request('POST', `${EVENTS}/${documentId}/actions/publish?locale=pl`, {});
    expect((await publicEvent(draft.slug, 'pl'))?.lastSessionDate).toBe('2019-04-12');

    const edited = await admin.request('PUT', `${EVENTS}/${documentId}`, { ...draft, sessions: [{ date: '2019-02-01' }] });
    expect(edited.status).toBe(200);
    await admin.request('POST', `${EVENTS}/${documentId}/actions/publish`, {});
    expect((await publicEvent(draft.slug))?.lastSessionDate).toBe('2019-02-01');
    // Each published language agrees with its own sessions, whenever it was published.
    const polishNow = await publicEvent(draft.slug, 'pl');
    expect(polishNow?.lastSessionDate).toBe(lastSessionDate(polishNow?.sessions));
    await admin.request('POST', `${EVENTS}/${documentId}/actions/publish?locale=pl`, {});
    expect((await publicEvent(draft.slug, 'pl'))?.lastSessionDate).toBe('2019-02-01');

    // Sent without the sessions, the value is dropped: the stored one stays.
    const forged = await admin.request<{ data: { lastSessionDate: string | null } }>('PUT', `${EVENTS}/${documentId}`, { title: draft.title, lastSessionDate: '2099-01-01' });
    expect(forged.status).toBe(200);
    expect(forged.body.data.lastSessionDate).toBe('2019-02-01');
  });

  test('an event without a dated session has none', async () => {
    await createAndPublish(admin, EVENTS, { title: 'Session dates: date to follow', slug: 'session-dates-tbc', sessions: [] });
    expect((await publicEvent('session-dates-tbc'))?.lastSessionDate).toBeNull();
  });

  test('events stored before the field existed get it at the next start', async () => {
    await createAndPublish(admin, EVENTS, { title: 'Session dates: stored earlier', slug: 'session-dates-earlier', sessions: [{ date: '2017-11-20' }] });
    await runSql(cms.database, 'UPDATE events SET last_session_date = NULL');
    expect((await publicEvent('session-dates-earlier'))?.lastSessionDate).toBeNull();
    await cms.stop();
    await cms.start();
    expect((await publicEvent('session-dates-earlier'))?.lastSessionDate).toBe('2017-11-20');
    expect((await publicEvent('session-dates-carers-forum'))?.lastSessionDate).toBe('2019-02-01');
    expect((await publicEvent('session-dates-tbc'))?.lastSessionDate).toBeNull();
  });
});
