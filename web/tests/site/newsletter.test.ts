import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from '../../../scripts/lib/ports.ts';
import { startTestCms, type TestCms } from '../../../scripts/testing/cms-server.ts';
import { startSmtpSink, type SmtpSink } from '../../../scripts/testing/smtp-sink.ts';
import { startTestWeb, type TestWeb } from '../../../scripts/testing/web-server.ts';
import { decodeEntities, textOf } from './fetch-page';

/**
 * The newsletter as a reader without JavaScript uses it: plain HTML forms POSTed to
 * the site, which calls the real CMS, which mails a real SMTP sink.
 */

let cms: TestCms;
let web: TestWeb;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  const webPort = await freePort();
  cms = await startTestCms({
    database: 'sqlite',
    seed: false,
    env: {
      NEWSLETTER_SECRET: 'site-test-secret',
      SITE_URL: `http://127.0.0.1:${webPort}`,
      SMTP_HOST: sink.host,
      SMTP_PORT: String(sink.port),
      EMAIL_FROM: 'BLMK <news@blmk.test>',
      // The site passes each reader's address on; the CMS limits per reader.
      IS_PROXIED: 'true',
      NEWSLETTER_SUBSCRIBE_LIMIT: '5',
    },
  });
  // The test stands in for the load balancer (127.0.0.1), passing each reader's address on.
  web = await startTestWeb({ cmsUrl: cms.url, port: webPort, env: { NUXT_TRUSTED_PROXIES: '127.0.0.1' } });
});

afterAll(async () => {
  await web?.stop();
  await cms?.destroy();
  await sink?.close();
});

interface Answer {
  status: number;
  location: string | null;
  cookie: string | undefined;
  html: string;
}

async function request(
  path: string,
  init: { form?: Record<string, string | string[]>; cookie?: string; clientIp?: string } = {},
): Promise<Answer> {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(init.form ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
  }
  const response = await fetch(new URL(path, web.url), {
    method: init.form ? 'POST' : 'GET',
    headers: {
      accept: 'text/html',
      ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      ...(init.cookie ? { cookie: init.cookie } : {}),
      // Each test is its own reader, as far as the subscribe rate limit goes.
      'x-forwarded-for': init.clientIp ?? '198.51.100.1',
    },
    body: init.form ? body.toString() : undefined,
    redirect: 'manual',
  });
  const setCookie = response.headers.getSetCookie().find((line) => line.startsWith('blmk_newsletter_form='));
  return { status: response.status, location: response.headers.get('location'), cookie: setCookie?.split(';')[0], html: await response.text() };
}

const checkedTopics = (html: string) =>
  [...html.matchAll(/<input[^>]*name="topics"[^>]*>/g)].filter((input) => / checked/.test(input[0])).map((input) => /value="(\w+)"/.exec(input[0])![1]);

describe('newsletter pages', () => {
  test('the subscribe form is plain HTML with labels and topic checkboxes', async () => {
    const page = await request('/newsletter');
    expect(page.status).toBe(200);
    expect(page.html).toMatch(/<form[^>]*method="post"[^>]*action="\/api\/newsletter\/subscribe"/);
    expect(page.html).toMatch(/<label[^>]*for="email"[^>]*>Email address<\/label>/);
    expect(page.html).toMatch(/<input[^>]*id="email"[^>]*type="email"[^>]*autocomplete="email"|<input[^>]*autocomplete="email"[^>]*id="email"/);
    expect(page.html).toMatch(/<legend[^>]*>\s*What would you like to receive\?\s*<\/legend>/);
    for (const topic of ['briefs', 'vacancies', 'events']) {
      expect(page.html).toMatch(new RegExp(`<input[^>]*id="topics-${topic}"[^>]*name="topics"`));
      expect(page.html).toMatch(new RegExp(`<label[^>]*for="topics-${topic}"`));
    }
    expect(page.html).not.toContain('There is a problem');
  });

  test('a refused form comes back with an error summary linked to each field, values kept', async () => {
    const posted = await request('/api/newsletter/subscribe', { form: { email: 'not-an-address', locale: 'en' } });
    expect(posted.status).toBe(303);
    expect(posted.location).toBe('/newsletter');
    expect(posted.cookie).toBeDefined();
    expect(posted.cookie).not.toContain('not-an-address@');

    const page = await request('/newsletter', { cookie: posted.cookie });
    expect(page.html).toContain('<title>Error: Subscribe to our newsletter');
    expect(page.html).toMatch(/class="nhsuk-error-summary"[^>]*role="alert"|role="alert"[^>]*class="nhsuk-error-summary"/);
    expect(page.html).toContain('href="#email"');
    expect(page.html).toContain('href="#topics-briefs"');
    expect(textOf(page.html)).toContain('Enter an e-mail address in the correct format, like name@example.com.');
    expect(textOf(page.html)).toContain('Choose at least one topic.');
    expect(page.html).toMatch(/<input[^>]*id="email"[^>]*value="not-an-address"[^>]*aria-describedby="email-error"/);
    expect(page.html).toContain('id="email-error"');
    expect(checkedTopics(page.html)).toEqual([]);

    // Read once: the page clears the cookie, a reload shows a clean form.
    expect(page.cookie).toBe('blmk_newsletter_form=');
    expect((await request('/newsletter')).html).not.toContain('There is a problem');
  });

  test('subscribe, confirm with the button, change topics, unsubscribe: all without JavaScript', async () => {
    const posted = await request('/api/newsletter/subscribe', { form: { email: 'Site.Reader@Example.org', topics: ['briefs', 'events'], locale: 'en' } });
    expect(posted.status).toBe(303);
    expect(posted.location).toBe('/newsletter?subscribed=1');
    expect(textOf((await request(posted.location!)).html)).toContain('Check your e-mail');

    await sink.waitFor((all) => all.some((message) => message.to.includes('site.reader@example.org')), 'the confirmation mail');
    const mail = sink.messages.find((message) => message.to.includes('site.reader@example.org'))!.mail;
    const confirmLink = new RegExp(`${web.url}/newsletter/confirm\\?token=\\S+`).exec(mail.text!)![0];

    const confirmPage = await request(confirmLink.slice(web.url.length));
    expect(confirmPage.status).toBe(200);
    const token = decodeEntities(/name="token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="token"/.exec(confirmPage.html)!.slice(1).find(Boolean)!);
    expect(token).toBe(decodeURIComponent(new URL(confirmLink).searchParams.get('token')!));

    const confirmed = await request('/api/newsletter/confirm', { form: { token } });
    expect(confirmed.status).toBe(303);
    expect(confirmed.location).toMatch(/^\/newsletter\/confirm\?status=confirmed&manage=/);
    const confirmedPage = await request(confirmed.location!);
    expect(textOf(confirmedPage.html)).toContain('Your subscription is confirmed');
    const manage = new URL(confirmed.location!, web.url).searchParams.get('manage')!;

    const preferences = await request(`/newsletter/preferences?token=${encodeURIComponent(manage)}`);
    expect(preferences.status).toBe(200);
    expect(textOf(preferences.html)).toContain('E-mails go to site.reader@example.org');
    expect(checkedTopics(preferences.html)).toEqual(['briefs', 'events']);

    const saved = await request('/api/newsletter/preferences', { form: { token: manage, topics: 'vacancies' } });
    expect(saved.status).toBe(303);
    const afterSave = await request(saved.location!);
    expect(textOf(afterSave.html)).toContain('Your choices are saved.');
    expect(checkedTopics(afterSave.html)).toEqual(['vacancies']);

    const refused = await request('/api/newsletter/preferences', { form: { token: manage } });
    const withError = await request(refused.location!, { cookie: refused.cookie });
    expect(withError.html).toContain('href="#topics-briefs"');
    expect(textOf(withError.html)).toContain('Choose at least one topic.');

    const unsubscribePage = await request(`/newsletter/unsubscribe?token=${encodeURIComponent(manage)}`);
    expect(unsubscribePage.html).toMatch(/<form[^>]*action="\/api\/newsletter\/unsubscribe"/);
    const unsubscribed = await request('/api/newsletter/unsubscribe', { form: { token: manage } });
    expect(unsubscribed.location).toBe('/newsletter/unsubscribe?status=done');
    expect(textOf((await request(unsubscribed.location!)).html)).toContain('You have unsubscribed');
    const state = await fetch(`${cms.url}/api/newsletter/preferences?token=${encodeURIComponent(manage)}`);
    expect(((await state.json()) as { data: { status: string } }).data.status).toBe('unsubscribed');
  });

  test('bad links say so', async () => {
    expect(textOf((await request('/newsletter/confirm?token=forged.abc.zz.sig')).html)).toContain('Confirm your subscription');
    const confirmed = await request('/api/newsletter/confirm', { form: { token: 'confirm.abc123.zzzzzz.forgedsignature' } });
    expect(confirmed.location).toBe('/newsletter/confirm?status=invalid');
    expect(textOf((await request(confirmed.location!)).html)).toContain('This link is not valid');
    expect(textOf((await request('/newsletter/preferences?token=manage.abc123.zzzzzz.forged')).html)).toContain('This link is not valid');
  });

  test('one reader sending too many subscribe requests is told to wait; other readers are not', async () => {
    const tooMany = async (clientIp: string) => {
      const posted = await request('/api/newsletter/subscribe', { form: { email: 'x' }, clientIp });
      return textOf((await request(posted.location!, { cookie: posted.cookie })).html);
    };
    for (let attempt = 1; attempt <= 5; attempt += 1) expect(await tooMany('203.0.113.7')).toContain('Enter an e-mail address');
    expect(await tooMany('203.0.113.7')).toContain('Too many requests. Try again later.');
    expect(await tooMany('203.0.113.8')).toContain('Enter an e-mail address');
  });

  test('a Polish reader stays in Polish: the form, its errors and the answers come back under /pl', async () => {
    const form = await request('/pl/newsletter');
    expect(form.status).toBe(200);
    expect(textOf(form.html)).toContain('Zapisz się na nasz newsletter');
    expect(form.html).toMatch(/<input[^>]*name="locale"[^>]*value="pl"/);

    const refused = await request('/api/newsletter/subscribe', { form: { email: 'nie-adres', locale: 'pl' }, clientIp: '198.51.100.40' });
    expect(refused.location).toBe('/pl/newsletter');
    const withErrors = await request(refused.location!, { cookie: refused.cookie });
    expect(textOf(withErrors.html)).toContain('Wystąpił problem');
    expect(withErrors.html).toContain('<title>Błąd: Zapisz się na nasz newsletter');
    expect(withErrors.html).toMatch(/<input[^>]*id="email"[^>]*value="nie-adres"/);
    // The CMS's refusal is told in Polish, by its code: none of the CMS's English sentences.
    expect(textOf(withErrors.html)).toContain('Wpisz adres e-mail w poprawnym formacie, na przykład nazwa@example.com.');
    expect(textOf(withErrors.html)).toContain('Wybierz co najmniej jeden temat.');
    expect(textOf(withErrors.html)).not.toMatch(/Enter an e-mail address|Choose at least one topic/);

    const accepted = await request('/api/newsletter/subscribe', {
      form: { email: 'polish.reader@example.org', topics: 'briefs', locale: 'pl' },
      clientIp: '198.51.100.41',
    });
    expect(accepted.location).toBe('/pl/newsletter?subscribed=1');
    expect(textOf((await request(accepted.location!)).html)).toContain('Sprawdź swoją skrzynkę e-mail');

    const confirmed = await request('/api/newsletter/confirm', { form: { token: 'confirm.abc123.zzzzzz.forgedsignature', locale: 'ur' } });
    expect(confirmed.location).toBe('/ur/newsletter/confirm?status=invalid');
    const unknown = await request('/api/newsletter/unsubscribe', { form: { token: 'manage.abc123.zzzzzz.forgedsignature', locale: 'xx' } });
    expect(unknown.location).toBe('/newsletter/unsubscribe?status=invalid');
  });
});
