import { FEED_FORMATS, FEED_KINDS, feedPath, LOCALES } from '@blmk/shared-types';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin } from '../../../scripts/testing/admin-api.ts';
import { startTestCms, type TestCms } from '../../../scripts/testing/cms-server.ts';
import { startSmtpSink, type SmtpSink } from '../../../scripts/testing/smtp-sink.ts';
import { startTestWeb, type TestWeb } from '../../../scripts/testing/web-server.ts';
import { freePort } from '../../../scripts/lib/ports.ts';
import { decodeEntities } from './fetch-page';
import { xmlBlocks, xmlTexts } from './xml';

/**
 * The CMS and the site build their links from one route map (@blmk/shared-types), so
 * a link in a brief's mail or a feed can never lead to a page that does not exist:
 * every one of them, followed on the built site, is a page (200).
 */

let cms: TestCms;
let web: TestWeb;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  const webPort = await freePort();
  cms = await startTestCms({
    database: 'sqlite',
    seed: true,
    env: {
      NEWSLETTER_SECRET: 'links-test-secret',
      SITE_URL: `http://127.0.0.1:${webPort}`,
      SMTP_HOST: sink.host,
      SMTP_PORT: String(sink.port),
      EMAIL_FROM: 'BLMK <news@blmk.test>',
    },
  });
  web = await startTestWeb({ cmsUrl: cms.url, port: webPort });
});

afterAll(async () => {
  await web?.stop();
  await cms?.destroy();
  await sink?.close();
});

/** Follows a link as a reader's browser does (GET, HTML) and answers its status. */
async function statusOf(url: string): Promise<number> {
  const response = await fetch(url, { headers: { accept: 'text/html' }, redirect: 'manual' });
  await response.arrayBuffer();
  return response.status;
}

/** Every link of a mail's HTML and text parts that goes to the site. */
function siteLinks(html: string, text: string): string[] {
  const fromHtml = [...html.matchAll(/href="([^"]+)"/g)].map((match) => decodeEntities(match[1]!));
  const fromText = [...text.matchAll(/https?:\/\/[^\s<>)\]]+/g)].map((match) => match[0]);
  return [...new Set([...fromHtml, ...fromText])].filter((url) => url.startsWith(web.url));
}

describe('every link of a brief mail is a page of the site', () => {
  test('the May 2018 brief, as its test mail has it', async () => {
    const locale = 'en';
    const admin = await adminLogin(cms.url);
    const briefs = await admin.request<{ results: Array<{ documentId: string; slug: string }> }>(
      'GET',
      '/content-manager/collection-types/api::brief.brief?filters[slug][$eq]=central-brief-may-2018',
    );
    const documentId = briefs.body.results[0]!.documentId;
    const before = sink.messages.length;
    const sent = await admin.request('POST', `/blmk/newsletter/briefs/${documentId}/test?locale=${locale}`);
    expect(sent.status).toBe(200);
    const [mail] = (await sink.waitFor((messages) => messages.length > before, 'the test mail')).slice(before);
    const links = siteLinks(String(mail!.mail.html || ''), mail!.mail.text ?? '');

    // The brief lists each kind of item, and every one is linked.
    for (const list of ['/briefs/', '/news/', '/events/', '/vacancies/', '/leadership/']) {
      expect(links.some((url) => new URL(url).pathname.startsWith(list)), `a link under ${list}`).toBe(true);
    }
    const broken: string[] = [];
    for (const url of links) if ((await statusOf(url)) !== 200) broken.push(url);
    expect(broken).toEqual([]);
  });
});

describe('every item of every feed links to a page of the site', () => {
  test('all feeds, both formats, every locale', async () => {
    const links = new Set<string>();
    for (const locale of LOCALES) {
      for (const kind of FEED_KINDS) {
        for (const format of FEED_FORMATS) {
          const response = await fetch(`${web.url}${feedPath({ kind, format, locale })}`);
          expect(response.status).toBe(200);
          const xml = await response.text();
          const items = format === 'xml' ? xmlBlocks(xml, 'item') : xmlBlocks(xml, 'entry');
          for (const item of items) {
            const link = format === 'xml' ? xmlTexts(item, 'link')[0] : /<link[^>]*href="([^"]+)"/.exec(item)?.[1];
            expect(link, `an item of ${feedPath({ kind, format, locale })} has a link`).toBeTruthy();
            links.add(decodeEntities(link!));
          }
        }
      }
    }
    // The seed has news and a brief in English: the English feeds are not empty.
    expect(links.size).toBeGreaterThan(3);
    const broken: string[] = [];
    for (const url of links) if ((await statusOf(url)) !== 200) broken.push(url);
    expect(broken).toEqual([]);
  });
});
