import fc from 'fast-check';
import { escapeMarkup, unescapeMarkup } from '@blmk/shared-types';
import { describe, expect, test } from 'vitest';
import { jsonLdString } from '../../../app/utils/seo/json-ld';
import { renderAtom, renderRss, type Feed } from '../../../server/feeds/feed';
import { element, escapeXml } from '../../../server/feeds/xml';
import { snippetParts } from '../../../shared/utils/search-results';
import { MARK_END, MARK_START, snippetHtml } from '../../../../cms/src/search/snippet';
import { assertWellFormedXml } from '../../site/xml';

/**
 * Properties of every escaper between CMS text and what a reader's browser or feed
 * reader parses: JSON-LD, markup (pages, mails), XML (feeds) and search snippets. Inputs
 * are any strings, including the whole of Unicode, lone surrogates and control characters.
 */

/** Strings an attacker might send: arbitrary Unicode, plus markup-heavy ones that are more likely to break things. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '/', 'script', '</script', '<!--', ']]>', '\u2028', '\u0000', '\ud800', 'é', ' '), maxLength: 40 }),
);

/** JSON values as CMS entries hold them. */
const jsonValue = fc.jsonValue({ maxDepth: 4 });

/** The characters XML 1.0 allows (https://www.w3.org/TR/xml/#charsets). */
function isXmlChars(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) return false;
  }
  return true;
}

describe('JSON-LD (<script type="application/ld+json">)', () => {
  test('never holds "<", so no value can close the script or open a comment, and parses back to the same data', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(jsonValue, hostileText)), (data) => {
        const text = jsonLdString(data);
        expect(text).not.toContain('<');
        expect(text.toLowerCase()).not.toContain('</script');
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(data)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('markup escaping (pages, mails, snippets)', () => {
  test('leaves none of < > " \' and no bare &, and unescapes back to the text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = escapeMarkup(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(escaped).not.toMatch(/&(?!(?:amp|lt|gt|quot|#39);)/);
        expect(unescapeMarkup(escaped)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('XML escaping (RSS, Atom, sitemap)', () => {
  test('an element of any text is well-formed, holds only XML characters, and reads back as the text minus what XML forbids', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const xml = element('title', text);
        if (xml === '') return;
        assertWellFormedXml(xml);
        expect(isXmlChars(xml)).toBe(true);
        expect(unescapeMarkup(escapeXml(text))).toBe([...text].filter((char) => isXmlChars(char)).join(''));
      }),
      { numRuns: 1000 },
    );
  });

  test('whole RSS and Atom feeds of hostile entries are well-formed XML', () => {
    const entry = fc.record({ title: hostileText, summary: fc.option(hostileText, { nil: undefined }), slug: fc.string({ maxLength: 20 }) });
    fc.assert(
      fc.property(hostileText, fc.array(entry, { maxLength: 5 }), (title, entries) => {
        const feed: Feed = {
          title,
          description: title,
          selfUrl: 'https://blmk.example/feeds/news.xml',
          pageUrl: 'https://blmk.example/news',
          language: 'en',
          author: title,
          entries: entries.map((item) => ({
            title: item.title,
            url: `https://blmk.example/news/${encodeURIComponent(item.slug)}`,
            summary: item.summary,
            published: '2018-05-22',
          })),
        };
        for (const xml of [renderRss(feed), renderAtom(feed)]) {
          assertWellFormedXml(xml);
          expect(isXmlChars(xml)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('search snippets (CMS snippetHtml, then the site splits them into text and <mark>)', () => {
  /** Indexed text with match markers around some words, as SQLite FTS5 or ts_headline gives it. */
  const markedText = fc.array(fc.tuple(hostileText, fc.boolean()), { maxLength: 8 }).map((pieces) =>
    pieces.map(([text, marked]) => {
      const clean = text.split(MARK_START).join('').split(MARK_END).join('');
      return marked ? `${MARK_START}${clean}${MARK_END}` : clean;
    }),
  );

  test('the only markup in a snippet is <mark>, balanced, and the reader sees exactly the indexed text', () => {
    fc.assert(
      fc.property(markedText, (pieces) => {
        const html = snippetHtml(pieces.join(''));
        const withoutMarks = html.replace(/<\/?mark>/g, '');
        expect(withoutMarks).not.toMatch(/[<>]/);
        expect(html.match(/<mark>/g)?.length ?? 0).toBe(html.match(/<\/mark>/g)?.length ?? 0);
        expect(html).not.toMatch(/<mark>[^<]*<mark>/);
        const shown = snippetParts(html)
          .map((part) => part.text)
          .join('');
        // Whitespace is collapsed and trimmed with the markers still in (snippetHtml), then they go.
        const expected = pieces.join('').replace(/\s+/g, ' ').trim().split(MARK_START).join('').split(MARK_END).join('');
        expect(shown).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  test('whatever HTML arrives as a snippet, the parts are text, so nothing but <mark> can be rendered', () => {
    fc.assert(
      fc.property(hostileText, (html) => {
        for (const part of snippetParts(html)) {
          expect(typeof part.text).toBe('string');
          expect(part.text).not.toBe('');
          // A part never carries the <mark> tags themselves: those became the marked flag.
          if (part.marked) expect(part.text).not.toMatch(/<\/?mark>/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
