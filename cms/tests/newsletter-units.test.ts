import { describe, expect, test } from 'vitest';
import { newsletterConfig } from '../src/newsletter/config';
import { confirmUrl, preferencesUrl, unsubscribePageUrl } from '../src/newsletter/links';
import { renderBriefMail } from '../src/newsletter/render/brief-mail';
import { alreadySubscribedMail, confirmationMail } from '../src/newsletter/render/notice-mail';
import { blocksToHtml, blocksToText, type Block } from '../src/newsletter/render/blocks';
import { signToken, TOKEN_LIFETIME_MS, verifyToken } from '../src/newsletter/tokens';
import { checkLanguage, checkTopics, combine, normaliseEmail } from '../src/newsletter/validate';

const SECRET = 'unit-test-secret';

describe('newsletter tokens', () => {
  test('a token verifies for its purpose and names its subscriber', () => {
    const token = signToken(SECRET, 'confirm', 'abc123');
    expect(verifyToken(SECRET, token, 'confirm')).toMatchObject({ valid: true, subject: 'abc123' });
  });

  test('the confirmation link expires after 48 hours', () => {
    const issued = Date.parse('2026-01-01T00:00:00Z');
    const token = signToken(SECRET, 'confirm', 'abc123', issued);
    expect(verifyToken(SECRET, token, 'confirm', issued + 47 * 3600_000).valid).toBe(true);
    expect(verifyToken(SECRET, token, 'confirm', issued + 48 * 3600_000 + 1000)).toEqual({ valid: false, reason: 'expired' });
    expect(TOKEN_LIFETIME_MS.confirm).toBe(48 * 3600_000);
  });

  test('a token of one purpose does not work for another', () => {
    const token = signToken(SECRET, 'confirm', 'abc123');
    expect(verifyToken(SECRET, token, 'manage')).toEqual({ valid: false, reason: 'wrong purpose' });
  });

  test('forged, altered and malformed tokens are refused', () => {
    const token = signToken(SECRET, 'manage', 'abc123');
    expect(verifyToken('another-secret', token, 'manage')).toEqual({ valid: false, reason: 'bad signature' });
    expect(verifyToken(SECRET, token.replace('abc123', 'abc124'), 'manage')).toEqual({ valid: false, reason: 'bad signature' });
    const [purpose, subject, , signature] = token.split('.');
    const later = Math.floor(Date.now() / 1000 + 10 * 365 * 86400).toString(36);
    expect(verifyToken(SECRET, [purpose, subject, later, signature].join('.'), 'manage').valid).toBe(false);
    for (const bad of ['', 'x', 'a.b.c', 42, null, 'manage.abc123.zz.'.padEnd(400, 'x')]) {
      expect(verifyToken(SECRET, bad, 'manage')).toEqual({ valid: false, reason: 'malformed' });
    }
  });
});

describe('newsletter input checks', () => {
  test('e-mail addresses are trimmed, lower-cased and checked', () => {
    expect(normaliseEmail('  Ann.Smith@Example.ORG ')).toEqual({ ok: true, value: 'ann.smith@example.org' });
    for (const bad of ['', 'ann', 'ann@', '@example.org', 'ann@example', 'a b@example.org', 'ann@exa mple.org', 42, undefined]) {
      expect(normaliseEmail(bad).ok, String(bad)).toBe(false);
    }
  });

  test('topics: at least one, only known ones, a single form value counts', () => {
    expect(checkTopics(['events', 'briefs'])).toEqual({ ok: true, value: ['briefs', 'events'] });
    expect(checkTopics('vacancies')).toEqual({ ok: true, value: ['vacancies'] });
    expect(checkTopics([])).toMatchObject({ ok: false, errors: [{ field: 'topics', message: 'Choose at least one topic.' }] });
    expect(checkTopics(['briefs', 'gossip'])).toMatchObject({ ok: false, errors: [{ field: 'topics' }] });
  });

  test('language defaults to English and must be a site language', () => {
    expect(checkLanguage(undefined)).toEqual({ ok: true, value: 'en' });
    expect(checkLanguage('ur')).toEqual({ ok: true, value: 'ur' });
    expect(checkLanguage('fr')).toMatchObject({ ok: false, errors: [{ field: 'locale' }] });
  });

  test('every problem of a form is reported at once', () => {
    const checked = combine({ email: normaliseEmail('nope'), topics: checkTopics([]) });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors.map((error) => error.field)).toEqual(['email', 'topics']);
  });
});

describe('blocks in mails', () => {
  const blocks: Block[] = [
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'Plans & <goals>' }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'See ' },
        { type: 'link', url: '/news/plan', children: [{ type: 'text', text: 'the plan', bold: true }] },
        { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: ' and more' }] },
      ],
    },
    { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'One' }] }] },
  ];

  test('HTML is escaped, headings sit below the mail headings, unsafe links are dropped', () => {
    const html = blocksToHtml(blocks, 'https://site.example', 2);
    expect(html).toContain('<h4>Plans &amp; &lt;goals&gt;</h4>');
    expect(html).toContain('<a href="https://site.example/news/plan"><strong>the plan</strong></a>');
    expect(html).not.toContain('javascript');
    expect(html).toContain('<ol><li>One</li></ol>');
  });

  test('plain text keeps link targets', () => {
    expect(blocksToText(blocks, 'https://site.example')).toBe('Plans & <goals>\n\nSee the plan (https://site.example/news/plan) and more\n\n1. One');
  });
});

describe('a nested list (as Strapi\'s blocks editor saves it) keeps its items', () => {
  // The editor puts a nested list among the list items of its parent, after the item it belongs to.
  const nested: Block[] = [
    {
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [{ type: 'text', text: 'Bedford' }] },
        {
          type: 'list',
          format: 'ordered',
          indentLevel: 1,
          children: [
            { type: 'list-item', children: [{ type: 'text', text: 'Kempston' }] },
            { type: 'list-item', children: [{ type: 'text', text: 'Biddenham' }] },
          ],
        },
        { type: 'list-item', children: [{ type: 'text', text: 'Luton' }] },
      ],
    },
  ];

  test('in HTML, inside the item it follows, with no empty item', () => {
    expect(blocksToHtml(nested, 'https://site.example')).toBe('<ul><li>Bedford<ol><li>Kempston</li><li>Biddenham</li></ol></li><li>Luton</li></ul>');
  });

  test('in plain text, indented under that item', () => {
    expect(blocksToText(nested, 'https://site.example')).toBe('- Bedford\n  1. Kempston\n  2. Biddenham\n- Luton');
  });
});

describe('links in mails lead to the site in the subscriber\'s language', () => {
  const config = newsletterConfig({ SITE_URL: 'https://site.test/' });

  test.each([
    ['en', ''],
    ['pl', '/pl'],
    ['ur', '/ur'],
    ['ro', '/ro'],
    // No language stored (older subscribers) or one the site does not have: English.
    [null, ''],
    ['xx', ''],
  ])('%s → prefix "%s"', (language, prefix) => {
    const links = [confirmUrl(config, SECRET, 'abc123', language), preferencesUrl(config, SECRET, 'abc123', language), unsubscribePageUrl(config, SECRET, 'abc123', language)];
    expect(links.map((link) => link.replace(/\?token=.*$/, ''))).toEqual([
      `https://site.test${prefix}/newsletter/confirm`,
      `https://site.test${prefix}/newsletter/preferences`,
      `https://site.test${prefix}/newsletter/unsubscribe`,
    ]);
    expect(verifyToken(SECRET, new URL(links[0]!).searchParams.get('token'), 'confirm')).toMatchObject({ valid: true, subject: 'abc123' });
  });
});

describe('mails in the subscriber\'s language', () => {
  const ENGLISH = /Confirm your subscription|Someone|If the button does not work|You receive this|Unsubscribe|Change what you receive|Read more|Read this brief/;

  test.each([
    ['pl', 'Potwierdź subskrypcję', 'ltr'],
    ['ur', 'اپنی رکنیت کی تصدیق کریں', 'rtl'],
    ['ro', 'Confirmați abonarea', 'ltr'],
  ])('the confirmation mail in %s', async (language, subject, dir) => {
    const mail = await confirmationMail('https://site.test/x/newsletter/confirm?token=t', language);
    expect(mail.subject).toBe(subject);
    expect(mail.html).toMatch(new RegExp(`<html[^>]*lang="${language}"[^>]*dir="${dir}"|<html[^>]*dir="${dir}"[^>]*lang="${language}"`));
    expect(mail.text).not.toMatch(ENGLISH);
    expect(mail.html.replace(/<style[\s\S]*?<\/style>/g, '')).not.toMatch(ENGLISH);
    const notice = await alreadySubscribedMail('https://site.test/x/newsletter/preferences?token=t', language);
    expect(notice.text).not.toMatch(ENGLISH);
  });

  test('English for no language or an unknown one', async () => {
    expect((await confirmationMail('https://site.test/c', null)).subject).toBe('Confirm your subscription');
    expect((await confirmationMail('https://site.test/c', 'xx')).html).toMatch(/<html[^>]*lang="en"/);
  });

  test('a brief\'s mail in Polish: its own words and links in Polish', async () => {
    const brief = {
      documentId: 'b1',
      title: 'Biuletyn: maj 2018',
      slug: 'central-brief-may-2018',
      intro: null,
      sections: [{ heading: 'Aktualności', intro: null, entries: [{ newsItem: { slug: 'plan', title: 'Plan operacyjny', summary: 'Krótko.' } }] }],
    };
    const mail = await renderBriefMail(brief as unknown as Parameters<typeof renderBriefMail>[0], 'https://site.test', 'pl');
    expect(mail.text).toContain('Przeczytaj ten biuletyn na naszej stronie: https://site.test/pl/briefs/central-brief-may-2018');
    expect(mail.text).toContain('Więcej: https://site.test/pl/news/plan');
    expect(mail.text).toContain('Wypisz się: ');
    expect(mail.text).not.toMatch(ENGLISH);
    expect(mail.html).toMatch(/<html[^>]*lang="pl"/);
  });
});
