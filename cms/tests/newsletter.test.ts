import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin, type AdminSession } from '../../scripts/testing/admin-api.ts';
import { startTestCms, TEST_ADMIN, type TestCms } from '../../scripts/testing/cms-server.ts';
import { testDatabaseKinds } from '../../scripts/testing/databases.ts';
import { crashOnNewsletterMail, rawHeader, startSmtpSink, type SinkMessage, type SmtpSink } from '../../scripts/testing/smtp-sink.ts';
import { signToken } from '../src/newsletter/tokens';

const databases = await testDatabaseKinds();
// Written out, not asked of Intl, so the test does not share the code's way of formatting.
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "Tuesday 1 May 2018" for 2018-05-01: day first, as UK readers write dates. */
function dayFirst(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
const SECRET = 'newsletter-test-secret';
const SITE = 'http://site.test';

interface ApiReply<T = Record<string, unknown>> {
  status: number;
  body: { data: T; error?: { message: string; details: { errors?: Array<{ path: string[]; message: string }> } } };
}

interface SendLog {
  documentId: string;
  status: string;
  counts: Record<string, number>;
  deliveries: Array<{ email: string | null; status: string; attempts: number; error: string | null; messageId: string | null; erased: boolean }>;
}

describe.each(databases)('newsletter on %s', (database) => {
  let cms: TestCms;
  let sink: SmtpSink;
  let admin: AdminSession;
  let brief: { documentId: string; slug: string; title: string; issueDate: string; sections: Array<{ entries: Array<Record<string, { slug: string; title?: string } | null>> }> };
  let coverAlt: string;

  async function post<T = Record<string, unknown>>(path: string, body: unknown): Promise<ApiReply<T>> {
    const response = await fetch(`${cms.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  }

  const mailsTo = (address: string, messages = sink.messages) => messages.filter((message) => message.to.includes(address));
  const linkIn = (text: string, prefix: string) => {
    const found = new RegExp(`${prefix.replace(/[.?]/g, '\\$&')}[^\\s"<>)]+`).exec(text)?.[0];
    if (!found) throw new Error(`No link starting ${prefix} in:\n${text}`);
    return found.replace(/&amp;/g, '&');
  };
  const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;

  /** Subscribes through the API, reads the confirmation mail, confirms; returns the manage token. */
  async function subscribeAndConfirm(email: string, topics: string[]): Promise<string> {
    const before = mailsTo(email).length;
    expect((await post('/api/newsletter/subscribe', { email, topics })).status).toBe(202);
    const [mail] = (await sink.waitFor((all) => mailsTo(email, all).length > before, `confirmation to ${email}`)).filter((m) => m.to.includes(email)).slice(before);
    const confirmed = await post<{ status: string; manageToken: string }>('/api/newsletter/confirm', { token: tokenOf(linkIn(mail!.mail.text!, `${SITE}/newsletter/confirm?token=`)) });
    expect(confirmed.status).toBe(200);
    return confirmed.body.data.manageToken;
  }

  async function sendLog(): Promise<SendLog[]> {
    const log = await admin.request<{ data: SendLog[] }>('GET', `/blmk/newsletter/briefs/${brief.documentId}/log`);
    expect(log.status).toBe(200);
    return log.body.data;
  }

  async function waitForSendDone(sendDocumentId: string): Promise<SendLog> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const send = (await sendLog()).find((entry) => entry.documentId === sendDocumentId);
      if (send?.status === 'done') return send;
      if (Date.now() > deadline) throw new Error(`Send ${sendDocumentId} did not finish: ${JSON.stringify(send?.counts)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** Gives the first news item of the brief a cover image with alt text, as an editor would. */
  async function addCoverToFirstNewsItem(): Promise<string> {
    const entry = brief.sections.flatMap((section) => section.entries).find((item) => item.newsItem);
    const newsItem = entry!.newsItem as { slug: string; documentId?: string };
    const alt = 'Staff from the partnership around a table planning cancer care';
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const form = new FormData();
    form.append('files', new Blob([png], { type: 'image/png' }), 'planning.png');
    form.append('fileInfo', JSON.stringify({ alternativeText: alt, name: 'planning.png' }));
    const upload = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` }, body: form });
    expect(upload.status).toBe(201);
    const [file] = (await upload.json()) as Array<{ id: number }>;
    const path = `/content-manager/collection-types/api::news-item.news-item/${newsItem.documentId}`;
    const current = await admin.request<{ data: Record<string, unknown> }>('GET', `${path}?locale=en`);
    expect(current.status).toBe(200);
    const updated = await admin.request('PUT', `${path}?locale=en`, { ...current.body.data, cover: file!.id });
    expect(updated.status).toBe(200);
    const published = await admin.request('POST', `${path}/actions/publish?locale=en`, { ...current.body.data, cover: file!.id });
    expect(published.status).toBe(200);
    return alt;
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    cms = await startTestCms({
      database,
      env: {
        NEWSLETTER_SECRET: SECRET,
        SITE_URL: SITE,
        SMTP_HOST: sink.host,
        SMTP_PORT: String(sink.port),
        EMAIL_FROM: 'BLMK Health and Care Partnership <news@blmk.test>',
        EMAIL_REPLY_TO: 'comms@blmk.test',
        NEWSLETTER_BATCH_SIZE: '2',
        NEWSLETTER_BATCH_PAUSE_MS: '100',
        NEWSLETTER_SUBSCRIBE_LIMIT: '0',
      },
    });
    admin = await adminLogin(cms.url);
    const briefs = (await (await fetch(`${cms.url}/api/briefs`)).json()) as { data: Array<typeof brief> };
    brief = briefs.data[0]!;
    coverAlt = await addCoverToFirstNewsItem();
  });
  afterAll(async () => {
    await cms?.destroy();
    await sink?.close();
  });

  test('subscribers are not in the public API', async () => {
    for (const path of ['/api/subscribers', '/api/newsletter-sends', '/api/newsletter-deliveries', '/api/subscribers/1']) {
      const response = await fetch(`${cms.url}${path}`);
      expect([403, 404], path).toContain(response.status);
    }
  });

  test('bad subscribe input gets a 400 naming each field', async () => {
    const reply = await post('/api/newsletter/subscribe', { email: 'not-an-address', topics: ['briefs', 'gossip'], locale: 'fr' });
    expect(reply.status).toBe(400);
    expect(reply.body.error!.details.errors!.map((error) => error.path[0])).toEqual(['email', 'topics', 'locale']);
    const empty = await post('/api/newsletter/subscribe', {});
    expect(empty.status).toBe(400);
    expect(empty.body.error!.message).toContain('Enter your e-mail address.');
    expect(empty.body.error!.message).toContain('Choose at least one topic.');
  });

  test('double opt-in: a confirmation mail with a signed link; the same answer for a known address', async () => {
    const first = await post('/api/newsletter/subscribe', { email: '  Ann.Patel@Example.ORG ', topics: ['briefs', 'events'], locale: 'en' });
    expect(first.status).toBe(202);
    const [confirmation] = await sink.waitFor((all) => mailsTo('ann.patel@example.org', all).length === 1, 'the confirmation mail');
    const mail = mailsTo('ann.patel@example.org')[0]!.mail;
    expect(confirmation).toBeDefined();
    expect(mail.subject).toBe('Confirm your subscription');
    expect(mail.html).toContain('lang="en"');
    const link = linkIn(mail.text!, `${SITE}/newsletter/confirm?token=`);
    expect(mail.html).toContain(link.replace(/&/g, '&amp;'));

    // Before confirming, the preferences cannot be changed and the subscriber gets no newsletter.
    const confirmed = await post<{ status: string; topics: string[]; manageToken: string }>('/api/newsletter/confirm', { token: tokenOf(link) });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.data).toMatchObject({ status: 'confirmed', topics: ['briefs', 'events'], email: 'ann.patel@example.org' });

    const again = await post('/api/newsletter/subscribe', { email: 'ann.patel@example.org', topics: ['vacancies'] });
    const stranger = await post('/api/newsletter/subscribe', { email: 'nobody.new@example.org', topics: ['vacancies'] });
    expect(again.status).toBe(202);
    expect(again.body).toEqual(stranger.body);
    // The known address is told it is subscribed; its topics did not change.
    await sink.waitFor((all) => mailsTo('ann.patel@example.org', all).length === 2, 'the already-subscribed notice');
    expect(mailsTo('ann.patel@example.org')[1]!.mail.subject).toBe('You are already subscribed');
    const prefs = await fetch(`${cms.url}/api/newsletter/preferences?token=${confirmed.body.data.manageToken}`);
    expect(((await prefs.json()) as { data: { topics: string[] } }).data.topics).toEqual(['briefs', 'events']);
  });

  test('a subscriber who subscribed in Polish is linked to the Polish newsletter pages', async () => {
    // Events only: not a briefs subscriber, so the sends below do not count them.
    expect((await post('/api/newsletter/subscribe', { email: 'pl.reader@example.org', topics: ['events'], locale: 'pl' })).status).toBe(202);
    await sink.waitFor((all) => mailsTo('pl.reader@example.org', all).length === 1, 'the Polish confirmation mail');
    const confirmation = mailsTo('pl.reader@example.org')[0]!.mail;
    const link = linkIn(confirmation.text!, `${SITE}/pl/newsletter/confirm?token=`);
    expect(confirmation.html).toContain(link.replace(/&/g, '&amp;'));
    expect(confirmation.text).not.toContain(`${SITE}/newsletter/`);
    expect((await post('/api/newsletter/confirm', { token: tokenOf(link) })).status).toBe(200);

    // Subscribing again: the notice links to the Polish preferences page.
    expect((await post('/api/newsletter/subscribe', { email: 'pl.reader@example.org', topics: ['events'], locale: 'pl' })).status).toBe(202);
    await sink.waitFor((all) => mailsTo('pl.reader@example.org', all).length === 2, 'the Polish already-subscribed notice');
    const notice = mailsTo('pl.reader@example.org')[1]!.mail;
    expect(linkIn(notice.text!, `${SITE}/pl/newsletter/preferences?token=`)).toContain('token=manage.');
  });

  test('expired, forged and wrong-purpose tokens are refused', async () => {
    const expired = signToken(SECRET, 'confirm', 'abc123', Date.now() - 49 * 3600_000);
    const reply = await post('/api/newsletter/confirm', { token: expired });
    expect(reply.status).toBe(400);
    expect(reply.body.error!.message).toMatch(/expired/);
    const forged = signToken('not-our-secret', 'confirm', 'abc123');
    expect((await post('/api/newsletter/confirm', { token: forged })).status).toBe(400);
    const manage = signToken(SECRET, 'manage', 'abc123');
    expect((await post('/api/newsletter/confirm', { token: manage })).status).toBe(400);
    expect((await post('/api/newsletter/unsubscribe', { token: signToken(SECRET, 'confirm', 'abc123') })).status).toBe(400);
    expect((await post('/api/newsletter/confirm', {})).status).toBe(400);
    expect((await fetch(`${cms.url}/api/newsletter/preferences?token=garbage`)).status).toBe(400);
  });

  test('preferences: read and change topics with the manage token', async () => {
    const token = await subscribeAndConfirm('prefs@example.org', ['vacancies']);
    const changed = await post<{ topics: string[] }>('/api/newsletter/preferences', { token, topics: ['briefs', 'vacancies'], locale: 'pl' });
    expect(changed.status).toBe(200);
    expect(changed.body.data).toMatchObject({ topics: ['briefs', 'vacancies'], locale: 'pl' });
    const bad = await post('/api/newsletter/preferences', { token, topics: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.error!.details.errors![0]!.path).toEqual(['topics']);
  });

  test('only comms officers and super admins may send; others are refused', async () => {
    expect((await fetch(`${cms.url}/blmk/newsletter/briefs/${brief.documentId}/send`, { method: 'POST' })).status).toBe(401);
    const roles = await admin.request<{ data: Array<{ id: number; code: string }> }>('GET', '/admin/roles');
    const editorRole = roles.body.data.find((role) => role.code === 'strapi-editor')!;
    const invited = await admin.request<{ data: { registrationToken: string } }>('POST', '/admin/users', {
      email: 'editor@blmk.test',
      firstname: 'Ed',
      lastname: 'Itor',
      roles: [editorRole.id],
    });
    expect(invited.status).toBe(201);
    const registered = await fetch(`${cms.url}/admin/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ registrationToken: invited.body.data.registrationToken, userInfo: { firstname: 'Ed', lastname: 'Itor', password: 'Editor-pass-2026' } }),
    });
    expect(registered.status).toBe(200);
    const editor = await adminLogin(cms.url, { email: 'editor@blmk.test', password: 'Editor-pass-2026' });
    for (const [method, path] of [
      ['POST', `/blmk/newsletter/briefs/${brief.documentId}/send`],
      ['POST', `/blmk/newsletter/briefs/${brief.documentId}/test`],
      ['GET', `/blmk/newsletter/briefs/${brief.documentId}/log`],
      ['GET', '/blmk/newsletter/digests'],
      ['POST', '/blmk/newsletter/digests/send'],
      ['POST', '/blmk/newsletter/digests/test'],
      ['GET', '/blmk/newsletter/subscribers/export?email=ann.patel@example.org'],
      ['DELETE', '/blmk/newsletter/subscribers?email=ann.patel@example.org'],
    ] as const) {
      expect((await editor.request(method, path)).status, `${method} ${path}`).toBe(403);
    }
  });

  function expectNewsletter(message: SinkMessage, recipient: string) {
    const { mail } = message;
    expect(mail.subject).toContain(brief.title);
    const unsubscribeHeader = String(rawHeader(message, 'List-Unsubscribe'));
    expect(unsubscribeHeader).toMatch(new RegExp(`^<${cms.url}/api/newsletter/unsubscribe\\?token=manage\\.[^>]+>, <mailto:comms@blmk\\.test\\?subject=unsubscribe>$`));
    expect(rawHeader(message, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(message.to).toEqual([recipient]);
    // Both parts, the brief and every item linked on the site, an unsubscribe link in the body.
    const html = mail.html as string;
    const text = mail.text!;
    expect(html).toMatch(/<html[^>]+lang="en"/);
    expect(html).toContain(`<h1>${brief.title}</h1>`);
    expect(text).toContain(dayFirst(brief.issueDate));
    expect(html).toContain(`href="${SITE}/briefs/${brief.slug}"`);
    expect(text).toContain(`${SITE}/briefs/${brief.slug}`);
    for (const entry of brief.sections.flatMap((section) => section.entries)) {
      if (entry.newsItem) expect(html).toContain(`href="${SITE}/news/${entry.newsItem.slug}"`);
      if (entry.vacancy) expect(text).toContain(`${SITE}/vacancies/${entry.vacancy.slug}`);
      if (entry.event) expect(text).toContain(`${SITE}/events/${entry.event.slug}`);
    }
    expect(html).toContain(`alt="${coverAlt}"`);
    for (const image of html.match(/<img[^>]*>/g) ?? []) expect(image).toMatch(/ alt="/);
    const htmlUnsubscribe = linkIn(html, `${SITE}/newsletter/unsubscribe?token=`);
    expect(linkIn(text, `${SITE}/newsletter/unsubscribe?token=`)).toBe(htmlUnsubscribe);
    expect(tokenOf(htmlUnsubscribe)).toBe(tokenOf(unsubscribeHeader.slice(1, unsubscribeHeader.indexOf('>'))));
    return unsubscribeHeader.slice(1, unsubscribeHeader.indexOf('>'));
  }

  test('send test to me: the brief, marked as a test, to the logged-in admin only', async () => {
    const reply = await admin.request<{ data: { to: string } }>('POST', `/blmk/newsletter/briefs/${brief.documentId}/test`);
    expect(reply.status).toBe(200);
    await sink.waitFor((all) => mailsTo(TEST_ADMIN.email, all).length === 1, 'the test mail');
    const message = mailsTo(TEST_ADMIN.email)[0]!;
    expect(message.mail.subject).toBe(`[Test] ${brief.title}`);
    expectNewsletter(message, TEST_ADMIN.email);
    expect((await admin.request('POST', '/blmk/newsletter/briefs/nope!/test')).status).toBe(400);
    expect((await admin.request('POST', '/blmk/newsletter/briefs/doesnotexist/test')).status).toBe(404);
  });

  test('send to subscribers: every confirmed briefs subscriber once; one-click unsubscribe stops further mail', async () => {
    await subscribeAndConfirm('bob@example.org', ['briefs']);
    await subscribeAndConfirm('jobs.only@example.org', ['vacancies']);
    await post('/api/newsletter/subscribe', { email: 'never.confirmed@example.org', topics: ['briefs'] });
    const expected = ['ann.patel@example.org', 'prefs@example.org', 'bob@example.org'].sort();

    const started = await admin.request<{ data: { sendDocumentId: string; recipients: number } }>('POST', `/blmk/newsletter/briefs/${brief.documentId}/send`);
    expect(started.status).toBe(202);
    expect(started.body.data.recipients).toBe(3);
    const send = await waitForSendDone(started.body.data.sendDocumentId);
    expect(send.counts).toMatchObject({ sent: 3, failed: 0, pending: 0, sending: 0 });
    expect(send.deliveries.map((delivery) => delivery.email).sort()).toEqual(expected);
    const newsletters = sink.messages.filter((message) => String(message.mail.messageId).includes(started.body.data.sendDocumentId));
    expect(newsletters.flatMap((message) => message.to).sort()).toEqual(expected);
    const bobMail = newsletters.find((message) => message.to.includes('bob@example.org'))!;
    const oneClickUrl = expectNewsletter(bobMail, 'bob@example.org');
    // prefs@example.org chose Polish, in which the brief does not exist: English it is.
    const polishReader = newsletters.find((message) => message.to.includes('prefs@example.org'))!.mail;
    expect(polishReader.html).toMatch(/<html[^>]+lang="en"/);
    // ...but every link goes to the site in Polish, which shows the English brief under a notice.
    expect(polishReader.html).toContain(`href="${SITE}/pl/briefs/${brief.slug}"`);
    for (const link of polishReader.text!.match(/http:\/\/site\.test\/\S+/g) ?? []) expect(link.startsWith(`${SITE}/pl/`), link).toBe(true);

    const again = await admin.request('POST', `/blmk/newsletter/briefs/${brief.documentId}/send`);
    expect(again.status).toBe(409);

    // RFC 8058: a POST of List-Unsubscribe=One-Click to the header's URL, nothing else.
    const oneClick = await fetch(oneClickUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    // A double click on "send again" starts one send, not two.
    const clicks = await Promise.all(
      [1, 2].map(() => admin.request<{ data: { sendDocumentId: string; recipients: number } }>('POST', `/blmk/newsletter/briefs/${brief.documentId}/send`, { again: true })),
    );
    expect(clicks.map((click) => click.status).sort()).toEqual([202, 409]);
    const resent = clicks.find((click) => click.status === 202)!;
    await waitForSendDone(resent.body.data.sendDocumentId);
    const second = sink.messages.filter((message) => String(message.mail.messageId).includes(resent.body.data.sendDocumentId));
    expect(second.flatMap((message) => message.to).sort()).toEqual(['ann.patel@example.org', 'prefs@example.org']);
    expect(mailsTo('bob@example.org').filter((message) => message.mail.subject === brief.title)).toHaveLength(1);
  });

  test('killed mid-send, the CMS finishes after a restart: every subscriber exactly once', async () => {
    const crowd = Array.from({ length: 7 }, (_, index) => `reader${index + 1}@example.org`);
    for (const email of crowd) await subscribeAndConfirm(email, ['briefs']);
    const expected = ['ann.patel@example.org', 'prefs@example.org', ...crowd].sort();

    // The 4th mail (2nd of batch 2) is in the middle of its SMTP dialogue: crash now.
    const crashed = crashOnNewsletterMail(sink, 4, () => cms.kill());
    const started = await admin.request<{ data: { sendDocumentId: string; recipients: number } }>('POST', `/blmk/newsletter/briefs/${brief.documentId}/send`, { again: true });
    expect(started.status).toBe(202);
    expect(started.body.data.recipients).toBe(expected.length);
    const sendId = started.body.data.sendDocumentId;
    const ofThisSend = () => sink.messages.filter((message) => String(message.mail.messageId).includes(sendId));

    const killedRecipient = await crashed;
    expect(ofThisSend()).toHaveLength(3);

    await cms.start();
    admin = await adminLogin(cms.url);
    const send = await waitForSendDone(sendId);

    const recipients = ofThisSend().flatMap((message) => message.to).sort();
    expect(recipients).toEqual(expected);
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(send.counts).toMatchObject({ sent: expected.length, failed: 0, pending: 0, sending: 0 });
    const interrupted = send.deliveries.find((delivery) => delivery.email === killedRecipient)!;
    expect(interrupted.attempts).toBe(2);
    expect(interrupted.error).toMatch(/Interrupted/);
    expect(send.deliveries.filter((delivery) => delivery.attempts !== 1)).toHaveLength(1);

    const audit = await admin.request<{ results: Array<{ action: string }> }>('GET', '/content-manager/collection-types/api::audit-entry.audit-entry?pageSize=100');
    const actions = audit.body.results.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['newsletter-test-send', 'newsletter-send', 'newsletter-send-finished']));
  });

  test('a subscriber who unsubscribes or is erased while a send is under way gets nothing more', async () => {
    const oneClickOf = (address: string) => {
      const message = [...mailsTo(address)].reverse().find((m) => rawHeader(m, 'List-Unsubscribe'));
      const header = rawHeader(message!, 'List-Unsubscribe')!;
      return header.slice(1, header.indexOf('>'));
    };
    const leaving = oneClickOf('reader7@example.org');
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding = false;
    sink.beforeAccept = async (message) => {
      if (!holding && String(message.mail.messageId).startsWith('<newsletter.')) {
        holding = true;
        await held;
      }
    };
    const started = await admin.request<{ data: { sendDocumentId: string } }>('POST', `/blmk/newsletter/briefs/${brief.documentId}/send`, { again: true });
    expect(started.status).toBe(202);
    const sendId = started.body.data.sendDocumentId;
    // The first mail is in the SMTP dialogue; everyone else is still waiting.
    await expect.poll(() => holding, { timeout: 30_000 }).toBe(true);
    const oneClick = await fetch(leaving, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(oneClick.status).toBe(200);
    expect((await admin.request('DELETE', '/blmk/newsletter/subscribers?email=reader6@example.org')).status).toBe(200);
    release();
    sink.beforeAccept = undefined;

    const send = await waitForSendDone(sendId);
    const recipients = sink.messages.filter((m) => String(m.mail.messageId).includes(sendId)).flatMap((m) => m.to);
    expect(recipients).not.toContain('reader7@example.org');
    expect(recipients).not.toContain('reader6@example.org');
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(send.counts).toMatchObject({ skipped: 2, sent: recipients.length, failed: 0 });
    expect(send.deliveries.find((delivery) => delivery.email === 'reader7@example.org')!.status).toBe('skipped');
  });

  test('export and erase everything stored about an address', async () => {
    const exported = await admin.request<{ data: { subscriber: { email: string; status: string; consentAt: string }; deliveries: Array<{ email: string }> } }>(
      'GET',
      '/blmk/newsletter/subscribers/export?email=Reader1@Example.org',
    );
    expect(exported.status).toBe(200);
    expect(exported.body.data.subscriber).toMatchObject({ email: 'reader1@example.org', status: 'confirmed' });
    expect(exported.body.data.subscriber.consentAt).toBeTruthy();
    // reader1 received the brief in the interrupted send and the one after it.
    expect(exported.body.data.deliveries).toHaveLength(2);

    expect((await admin.request('GET', '/blmk/newsletter/subscribers/export?email=bad')).status).toBe(400);
    expect((await admin.request('GET', '/blmk/newsletter/subscribers/export?email=unknown@example.org')).status).toBe(404);

    const erased = await admin.request<{ data: { subscriberErased: boolean; deliveriesAnonymised: number } }>('DELETE', '/blmk/newsletter/subscribers?email=reader1@example.org');
    expect(erased.status).toBe(200);
    expect(erased.body.data).toEqual({ subscriberErased: true, deliveriesAnonymised: 2 });
    expect((await admin.request('GET', '/blmk/newsletter/subscribers/export?email=reader1@example.org')).status).toBe(404);
    const log = await sendLog();
    const emails = log.flatMap((send) => send.deliveries.map((delivery) => delivery.email));
    expect(emails).not.toContain('reader1@example.org');
    // reader1's two rows and reader6's two (erased during the previous test).
    expect(log.flatMap((send) => send.deliveries).filter((delivery) => delivery.erased)).toHaveLength(4);
  });
});
