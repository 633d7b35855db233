import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin, createAndPublish, type AdminSession } from '../../scripts/testing/admin-api.ts';
import { startTestCms, TEST_ADMIN, type TestCms } from '../../scripts/testing/cms-server.ts';
import { testDatabaseKinds } from '../../scripts/testing/databases.ts';
import { crashOnNewsletterMail, rawHeader, startSmtpSink, type SinkMessage, type SmtpSink } from '../../scripts/testing/smtp-sink.ts';

const databases = await testDatabaseKinds();
const SECRET = 'digest-test-secret';
const SITE = 'http://site.test';
const VACANCIES = '/content-manager/collection-types/api::vacancy.vacancy';
const EVENTS = '/content-manager/collection-types/api::event.event';

// Written out here rather than asked of Intl, so the test does not share the code's way of formatting.
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const isoDay = (offsetDays: number): string => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
/** "Tuesday 1 May 2018" for 2018-05-01. */
function dayFirst(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

interface DigestLogEntry {
  documentId: string;
  status: string;
  scheduledFor: string | null;
  recipientCount: number;
  vacancies: number;
  events: number;
  counts: Record<string, number>;
  deliveries: Array<{ email: string | null; status: string; attempts: number; error: string | null }>;
}

describe.each(databases)('weekly digest on %s', (database) => {
  let cms: TestCms;
  let sink: SmtpSink;
  let admin: AdminSession;

  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${cms.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as { data: { manageToken: string } } };
  };
  const mailsTo = (address: string, messages = sink.messages) => messages.filter((message) => message.to.includes(address));
  const ofSend = (sendId: string) => sink.messages.filter((message) => String(message.mail.messageId).includes(sendId));
  const linkIn = (text: string, prefix: string) => {
    const found = new RegExp(`${prefix.replace(/[.?]/g, '\\$&')}[^\\s"<>)]+`).exec(text)?.[0];
    if (!found) throw new Error(`No link starting ${prefix} in:\n${text}`);
    return found.replace(/&amp;/g, '&');
  };

  async function subscribeAndConfirm(email: string, topics: string[], locale = 'en'): Promise<void> {
    const before = mailsTo(email).length;
    expect((await post('/api/newsletter/subscribe', { email, topics, locale })).status).toBe(202);
    await sink.waitFor((all) => mailsTo(email, all).length > before, `confirmation to ${email}`);
    const mail = mailsTo(email)[before]!.mail;
    const prefix = locale === 'en' ? `${SITE}/newsletter/confirm?token=` : `${SITE}/${locale}/newsletter/confirm?token=`;
    const token = new URL(linkIn(mail.text!, prefix)).searchParams.get('token');
    expect((await post('/api/newsletter/confirm', { token })).status).toBe(200);
  }

  async function digestLog(sendId: string): Promise<DigestLogEntry> {
    const reply = await admin.request<{ data: DigestLogEntry }>('GET', `/blmk/newsletter/digests/${sendId}`);
    expect(reply.status).toBe(200);
    return reply.body.data;
  }

  async function waitForDigest(sendId: string): Promise<DigestLogEntry> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const send = await digestLog(sendId);
      if (send.status === 'done') return send;
      if (Date.now() > deadline) throw new Error(`Digest ${sendId} did not finish: ${JSON.stringify(send.counts)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async function sendDigestNow(): Promise<{ sendDocumentId: string; recipients: number; vacancies: number; events: number }> {
    const reply = await admin.request<{ data: { sendDocumentId: string; recipients: number; vacancies: number; events: number } }>('POST', '/blmk/newsletter/digests/send', {});
    expect(reply.status, JSON.stringify(reply.body)).toBe(202);
    return reply.body.data;
  }

  const vacancy = (slug: string, title: string) => ({
    title,
    slug,
    summary: `${title}: join the partnership.`,
    closingDate: isoDay(30),
    contactEmail: 'jobs@blmk.test',
    applyUrl: 'https://jobs.example.org/apply',
  });
  const event = (slug: string, title: string, day: string) => ({ title, slug, summary: `${title} for staff and residents.`, sessions: [{ date: day, startsAt: '10:00:00.000', endsAt: '12:00:00.000' }] });

  /** Creates and publishes a vacancy in English and, when given, its Polish translation. */
  async function publishVacancy(data: ReturnType<typeof vacancy>, polish?: { title: string; slug: string }): Promise<string> {
    const documentId = await createAndPublish(admin, VACANCIES, data, 'en');
    if (polish) {
      const translated = { ...data, ...polish, summary: `${polish.title}: dołącz do nas.` };
      const saved = await admin.request('PUT', `${VACANCIES}/${documentId}?locale=pl`, translated);
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      const published = await admin.request('POST', `${VACANCIES}/${documentId}/actions/publish?locale=pl`, translated);
      expect(published.status, JSON.stringify(published.body)).toBe(200);
    }
    return documentId;
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    cms = await startTestCms({
      database,
      // Only what this test publishes: the seed's vacancies would be "new" in the first digest.
      seed: false,
      env: {
        NEWSLETTER_SECRET: SECRET,
        SITE_URL: SITE,
        SMTP_HOST: sink.host,
        SMTP_PORT: String(sink.port),
        EMAIL_FROM: 'BLMK Health and Care Partnership <news@blmk.test>',
        EMAIL_REPLY_TO: 'comms@blmk.test',
        NEWSLETTER_BATCH_SIZE: '2',
        NEWSLETTER_BATCH_PAUSE_MS: '50',
        NEWSLETTER_SUBSCRIBE_LIMIT: '0',
        NEWSLETTER_DIGEST_SCHEDULE: 'off',
        NEWSLETTER_DIGEST_EVENT_WEEKS: '4',
      },
    });
    admin = await adminLogin(cms.url);
  });
  afterAll(async () => {
    await cms?.destroy();
    await sink?.close();
  });

  test('nothing new, nothing sent: "send now" says so and mails no one', async () => {
    await subscribeAndConfirm('jobs@example.org', ['vacancies']);
    await subscribeAndConfirm('outings@example.org', ['events']);
    await subscribeAndConfirm('pl.both@example.org', ['vacancies', 'events'], 'pl');
    await subscribeAndConfirm('briefs.only@example.org', ['briefs']);
    await post('/api/newsletter/subscribe', { email: 'unconfirmed@example.org', topics: ['vacancies', 'events'] });
    await sink.waitFor((all) => mailsTo('unconfirmed@example.org', all).length === 1, 'the unconfirmed confirmation');
    // An event long past and one beyond the four weeks ahead are not "upcoming".
    await createAndPublish(admin, EVENTS, event('digest-past-event', 'Past planning day', isoDay(-20)), 'en');
    await createAndPublish(admin, EVENTS, event('digest-far-event', 'Far away conference', isoDay(40)), 'en');
    const before = sink.messages.length;

    const reply = await admin.request<{ error: { message: string } }>('POST', '/blmk/newsletter/digests/send', {});
    expect(reply.status).toBe(409);
    expect(reply.body.error.message).toMatch(/Nothing to send/);
    expect((await admin.request('POST', '/blmk/newsletter/digests/test', {})).status).toBe(409);
    expect((await fetch(`${cms.url}/blmk/newsletter/digests/send`, { method: 'POST' })).status).toBe(401);
    expect((await admin.request('GET', '/blmk/newsletter/digests/not-an-id!')).status).toBe(400);
    expect((await admin.request('GET', '/blmk/newsletter/digests/doesnotexist')).status).toBe(404);
    const overview = await admin.request<{ data: { schedule: string; nextRunAt: string | null; sends: unknown[] } }>('GET', '/blmk/newsletter/digests');
    expect(overview.status).toBe(200);
    expect(overview.body.data).toMatchObject({ schedule: 'off', nextRunAt: null, sends: [] });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sink.messages.length).toBe(before);
  });

  let firstVacancy: { title: string; slug: string; plTitle: string; plSlug: string };
  let secondVacancySlug: string;
  let upcoming: { slug: string; title: string; day: string };

  test('each subscriber gets the topics they chose, in their language, links to their language, dates day first', async () => {
    firstVacancy = { title: 'Community Staff Nurse', slug: 'digest-community-staff-nurse', plTitle: 'Pielęgniarka środowiskowa', plSlug: 'digest-pielegniarka' };
    await publishVacancy(vacancy(firstVacancy.slug, firstVacancy.title), { title: firstVacancy.plTitle, slug: firstVacancy.plSlug });
    secondVacancySlug = 'digest-pharmacy-technician';
    await publishVacancy(vacancy(secondVacancySlug, 'Pharmacy Technician'));
    upcoming = { slug: 'digest-wellbeing-fair', title: 'Staff wellbeing fair', day: isoDay(10) };
    await createAndPublish(admin, EVENTS, event(upcoming.slug, upcoming.title, upcoming.day), 'en');

    // The test to oneself lists the same, in the language asked for, and uses nothing up.
    const tested = await admin.request<{ data: { to: string; vacancies: number } }>('POST', '/blmk/newsletter/digests/test?locale=pl', {});
    expect(tested.status).toBe(200);
    expect(tested.body.data).toMatchObject({ to: TEST_ADMIN.email, vacancies: 2, events: 1 });
    const [testMail] = await sink.waitFor((all) => mailsTo(TEST_ADMIN.email, all).length === 1, 'the test digest');
    expect(mailsTo(TEST_ADMIN.email)[0]!.mail.subject).toMatch(/^\[Test\] Ten tydzień w BLMK: /);
    expect(testMail).toBeDefined();

    const started = await sendDigestNow();
    expect(started).toMatchObject({ recipients: 3, vacancies: 2, events: 1 });
    const send = await waitForDigest(started.sendDocumentId);
    expect(send.counts).toMatchObject({ sent: 3, failed: 0, pending: 0, sending: 0, skipped: 0 });
    const mails = ofSend(started.sendDocumentId);
    expect(mails.flatMap((message) => message.to).sort()).toEqual(['jobs@example.org', 'outings@example.org', 'pl.both@example.org']);

    const only = (address: string): SinkMessage => {
      const found = mails.filter((message) => message.to.includes(address));
      expect(found).toHaveLength(1);
      return found[0]!;
    };
    // Vacancies only: both new vacancies, no events; English links and dates.
    const jobs = only('jobs@example.org').mail;
    expect(jobs.subject).toContain(dayFirst(new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' })));
    expect(jobs.html).toMatch(/<html[^>]+lang="en"/);
    expect(jobs.html).toContain(`href="${SITE}/vacancies/${firstVacancy.slug}"`);
    expect(jobs.text).toContain(`${SITE}/vacancies/${secondVacancySlug}`);
    expect(jobs.text).toContain(`Closing date: ${dayFirst(isoDay(30))}`);
    expect(jobs.text).not.toContain(upcoming.title);
    expect(jobs.text).not.toContain('/events/');

    // Events only: the upcoming event, not the past or the far one, with its day first.
    const outings = only('outings@example.org').mail;
    expect(outings.text).toContain(`${SITE}/events/${upcoming.slug}`);
    expect(outings.text).toContain(dayFirst(upcoming.day));
    expect(outings.text).not.toContain('Past planning day');
    expect(outings.text).not.toContain('Far away conference');
    expect(outings.text).not.toContain(firstVacancy.title);

    // Polish, both topics: the translation where there is one, English where not; every link under /pl/.
    const polish = only('pl.both@example.org');
    const { html, text } = polish.mail as { html: string; text: string };
    expect(html).toMatch(/<html[^>]+lang="pl"/);
    expect(text).toContain(firstVacancy.plTitle);
    expect(text).toContain(`${SITE}/pl/vacancies/${firstVacancy.plSlug}`);
    expect(text).toContain(`${SITE}/pl/vacancies/${secondVacancySlug}`);
    expect(text).toContain(`${SITE}/pl/events/${upcoming.slug}`);
    expect(html).toContain('lang="en"');
    for (const link of text.match(/http:\/\/site\.test\/\S+/g) ?? []) expect(link.startsWith(`${SITE}/pl/`), link).toBe(true);
    expect(linkIn(text, `${SITE}/pl/newsletter/unsubscribe?token=`)).toContain('token=manage.');
    expect(linkIn(html, `${SITE}/pl/newsletter/preferences?token=`)).toContain('token=manage.');
    // Polish readers get the day first too, in Polish words.
    const [year, month, day] = upcoming.day.split('-').map(Number) as [number, number, number];
    expect(text).toMatch(new RegExp(`\\S+,? ${day} \\S+ ${year}`));
    expect(month).toBeGreaterThan(0);

    // One-click unsubscribe, as briefs have it.
    for (const message of mails) {
      const header = String(rawHeader(message, 'List-Unsubscribe'));
      expect(header).toMatch(new RegExp(`^<${cms.url}/api/newsletter/unsubscribe\\?token=manage\\.[^>]+>, <mailto:comms@blmk\\.test\\?subject=unsubscribe>$`));
      expect(rawHeader(message, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    }
    expect(mailsTo('briefs.only@example.org')).toHaveLength(1);
    expect(mailsTo('unconfirmed@example.org')).toHaveLength(1);
  });

  test('the next digest: no vacancy twice; vacancy subscribers with nothing new get nothing; one-click unsubscribe holds', async () => {
    const started = await sendDigestNow();
    expect(started).toMatchObject({ vacancies: 0, events: 1, recipients: 2 });
    await waitForDigest(started.sendDocumentId);
    const recipients = ofSend(started.sendDocumentId).flatMap((message) => message.to).sort();
    expect(recipients).toEqual(['outings@example.org', 'pl.both@example.org']);
    const polish = ofSend(started.sendDocumentId).find((message) => message.to.includes('pl.both@example.org'))!;
    expect(polish.mail.text).not.toContain(firstVacancy.plTitle);

    const header = String(rawHeader(polish, 'List-Unsubscribe'));
    const oneClick = await fetch(header.slice(1, header.indexOf('>')), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    const after = await sendDigestNow();
    await waitForDigest(after.sendDocumentId);
    expect(ofSend(after.sendDocumentId).flatMap((message) => message.to)).toEqual(['outings@example.org']);
  });

  test('killed mid-digest, the CMS finishes after a restart: every subscriber exactly once', async () => {
    const crowd = Array.from({ length: 6 }, (_, index) => `seeker${index + 1}@example.org`);
    for (const email of crowd) await subscribeAndConfirm(email, ['vacancies']);
    await publishVacancy(vacancy('digest-healthcare-assistant', 'Healthcare Assistant'));
    const expected = ['jobs@example.org', 'outings@example.org', ...crowd].sort();

    // The 4th mail (2nd of batch 2) is in the middle of its SMTP dialogue: crash now.
    const crashed = crashOnNewsletterMail(sink, 4, () => cms.kill());
    const started = await sendDigestNow();
    expect(started.recipients).toBe(expected.length);
    const killedRecipient = await crashed;
    expect(ofSend(started.sendDocumentId)).toHaveLength(3);

    await cms.start();
    admin = await adminLogin(cms.url);
    const send = await waitForDigest(started.sendDocumentId);
    const recipients = ofSend(started.sendDocumentId).flatMap((message) => message.to).sort();
    expect(recipients).toEqual(expected);
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(send.counts).toMatchObject({ sent: expected.length, failed: 0, pending: 0, sending: 0 });
    const interrupted = send.deliveries.find((delivery) => delivery.email === killedRecipient)!;
    expect(interrupted.attempts).toBe(2);
    expect(interrupted.error).toMatch(/Interrupted/);
    // The outings subscriber got the events section only, the seekers the vacancy only.
    const seeker = ofSend(started.sendDocumentId).find((message) => message.to.includes('seeker1@example.org'))!;
    expect(seeker.mail.text).toContain('Healthcare Assistant');
    expect(seeker.mail.text).not.toContain(upcoming.title);
  });

  test('on schedule: a CMS starting after the scheduled time sends that week\'s digest once', async () => {
    // The schedule's time is a minute ago on UK clocks, so the start catches up on it.
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .formatToParts(new Date(Date.now() - 60_000))
        .map((part) => [part.type, part.value]),
    );
    await cms.stop();
    cms.env.NEWSLETTER_DIGEST_SCHEDULE = `${String(parts.weekday).toLowerCase()} ${parts.hour}:${parts.minute}`;
    await cms.start();
    admin = await adminLogin(cms.url);
    const scheduled = async () => {
      const overview = await admin.request<{ data: { nextRunAt: string; sends: DigestLogEntry[] } }>('GET', '/blmk/newsletter/digests');
      return overview.body.data.sends.filter((send) => send.scheduledFor);
    };
    await expect.poll(async () => (await scheduled()).length, { timeout: 30_000 }).toBe(1);
    const [digest] = await scheduled();
    await waitForDigest(digest!.documentId);
    // Only the event is still there to list; the outings subscriber is its one reader left.
    expect(digest).toMatchObject({ vacancies: 0, events: 1 });
    expect(ofSend(digest!.documentId).flatMap((message) => message.to)).toEqual(['outings@example.org']);

    await cms.stop();
    await cms.start();
    admin = await adminLogin(cms.url);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await scheduled()).toHaveLength(1);
  });
});
