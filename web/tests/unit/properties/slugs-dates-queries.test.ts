import fc from 'fast-check';
import qs from 'qs';
import { EDITORIAL_TYPE_NAMES, entryPath, LOCALES } from '@blmk/shared-types';
import { describe, expect, test } from 'vitest';
import { serializeParams } from '../../../server/cms/client';
import { toQueryParams } from '../../../server/cms/params';
import { clientAddress, parseTrustedProxies } from '../../../server/utils/client-ip';
import { formatDate, formatMonth, formatTime, isIsoDate, isoDateInLondon } from '../../../shared/utils/dates';
import { parseListQuery, ListQueryError } from '../../../shared/list-query';
import { isSlug } from '../../../shared/utils/slug';

/**
 * Properties of the code between an address or a CMS value and what the site does with
 * it: slugs and the paths built from them, dates, the typed client's query strings and
 * the client address behind a proxy.
 */

const anyText = fc.string({ unit: 'binary', maxLength: 300 });
const slugChars = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~'), minLength: 1, maxLength: 255 });
const type = fc.constantFrom(...EDITORIAL_TYPE_NAMES);
const locale = fc.constantFrom(...LOCALES);

describe('slugs', () => {
  test('isSlug accepts exactly Strapi uid characters, 1 to 255 of them: no slash, backslash, percent, dot-dot path or Unicode lookalike gets through as something else', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const expected = text.length >= 1 && text.length <= 255 && /^[A-Za-z0-9\-_.~]+$/.test(text);
        expect(isSlug(text)).toBe(expected);
        if (isSlug(text)) expect(text).not.toMatch(/[/\\%?#\s]/);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(slugChars, (slug) => {
        expect(isSlug(slug)).toBe(true);
      }),
    );
  });

  test('an entry path keeps any slug inside one path segment under its list, and decodes back to it', () => {
    fc.assert(
      fc.property(type, locale, anyText, (kind, lang, slug) => {
        const path = entryPath(kind, slug, lang);
        const list = entryPath(kind, '', lang);
        expect(path.startsWith(list)).toBe(true);
        const segment = path.slice(list.length);
        expect(segment).not.toMatch(/[/?#\\]/);
        // URL parsing must not climb out of the list ("..", "%2e%2e" stay one segment).
        const resolved = new URL(path, 'https://blmk.example').pathname;
        expect(resolved.startsWith(list) || resolved === list.slice(0, -1)).toBe(true);
        expect(decodeURIComponent(segment)).toBe(slug);
      }),
      { numRuns: 1000 },
    );
  });

  test('a list filter by slug is refused unless it is a slug (a 400 page, never a query)', () => {
    fc.assert(
      fc.property(anyText.filter((text) => text.trim() !== ''), (text) => {
        const run = () => parseListQuery('news', { organisation: text });
        if (isSlug(text)) expect(run().organisation).toBe(text);
        else expect(run).toThrow(ListQueryError);
      }),
      { numRuns: 500 },
    );
  });
});

/** Calendar days from 1900 to 2200 as YYYY-MM-DD. */
const calendarDay = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('dates', () => {
  test('every real calendar day formats as "D Month YYYY" in English, and that text parses back to the same day', () => {
    fc.assert(
      fc.property(calendarDay, (day) => {
        expect(isIsoDate(day)).toBe(true);
        const text = formatDate(day, 'en')!;
        const match = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(text);
        expect(match, text).not.toBeNull();
        const [, dd, month, yyyy] = match!;
        const back = `${yyyy}-${String(MONTHS.indexOf(month!) + 1).padStart(2, '0')}-${dd!.padStart(2, '0')}`;
        expect(back).toBe(day);
        expect(formatMonth(day, 'en')).toBe(`${month} ${yyyy}`);
      }),
      { numRuns: 1000 },
    );
  });

  test('every locale formats every day to some non-empty text that names the year', () => {
    fc.assert(
      fc.property(calendarDay, locale, (day, lang) => {
        const text = formatDate(day, lang);
        expect(text).toBeTruthy();
        // Urdu may use its own digits; the year is there in Latin or Arabic-Indic form.
        const year = day.slice(0, 4);
        const arabicIndic = year.replace(/\d/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)));
        const arabic = year.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
        expect([year, arabicIndic, arabic].some((form) => text!.includes(form)), text).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('a day that does not exist, or any text that is not a date, is no date: nothing formats, nothing throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const real = /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
        expect(isIsoDate(text)).toBe(real);
        if (!real && !/^\d{4}-/.test(text) && Number.isNaN(new Date(text).getTime())) expect(formatDate(text, 'en')).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const date = new Date(Date.UTC(y, m - 1, d));
        const exists = m >= 1 && m <= 12 && date.getUTCDate() === d && date.getUTCMonth() === m - 1;
        expect(isIsoDate(text)).toBe(exists);
        expect(formatDate(text, 'en') !== undefined).toBe(exists);
      }),
      { numRuns: 1000 },
    );
  });

  test('any instant has a UK calendar day, the same as UTC or one day after (London is UTC or UTC+1)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (instant) => {
        const day = isoDateInLondon(instant);
        expect(isIsoDate(day)).toBe(true);
        const utc = instant.toISOString().slice(0, 10);
        const next = new Date(instant.getTime() + 86_400_000).toISOString().slice(0, 10);
        expect([utc, next]).toContain(day);
      }),
      { numRuns: 1000 },
    );
  });

  test('times: every HH:mm formats in English as the NHS style guide writes it; out-of-range times are none', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (hours, minutes) => {
        const text = formatTime(`${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00.000`, 'en');
        if (hours > 23 || minutes > 59) expect(text).toBeUndefined();
        else expect(text).toMatch(/^(?:midday|midnight|(?:[1-9]|1[0-2])(?::[0-5]\d)?(?:am|pm))$/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the typed client's query strings", () => {
  test('any filter value, locale or sort goes over the wire as one value of its own parameter, and Strapi (qs) reads back exactly what was asked', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.array(anyText, { maxLength: 3 }), fc.integer({ min: 1, max: 10_000 }), (slug, lang, words, page) => {
        const params = toQueryParams<{ slug: string; title: string }>({
          locale: lang,
          filters: { slug: { $eq: slug }, $or: words.map((word) => ({ title: { $containsi: word } })) },
          pagination: { page, pageSize: 25 },
        });
        const query = serializeParams(params);
        // No value can add a parameter, a fragment, or a path.
        expect(query).not.toMatch(/[#\s]/);
        const parsed = qs.parse(query, { depth: 10, arrayLimit: 100 }) as Record<string, unknown>;
        expect(Object.keys(parsed).sort()).toEqual(['filters', 'locale', 'pagination']);
        expect(parsed.locale).toBe(lang);
        const filters = parsed.filters as { slug: { $eq: string }; $or?: Array<{ title: { $containsi: string } }> };
        expect(filters.slug.$eq).toBe(slug);
        expect((filters.$or ?? []).map((entry) => entry.title.$containsi)).toEqual(words);
        expect(parsed.pagination).toEqual({ page: String(page), pageSize: '25' });
      }),
      { numRuns: 1000 },
    );
  });

  test('whatever else a caller passes (populate, status, fields...), only locale, filters, sort and pagination are sent', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 })), (extra) => {
        const params = toQueryParams({ ...(extra as object), locale: 'en' } as Parameters<typeof toQueryParams>[0]);
        for (const key of Object.keys(params)) expect(['locale', 'filters', 'sort', 'pagination']).toContain(key);
        expect(Object.keys(params)).not.toContain('populate');
        expect(Object.keys(params)).not.toContain('status');
      }),
      { numRuns: 500 },
    );
  });
});

describe('the client address behind a proxy', () => {
  const ipv4 = fc.ipV4();
  test('without trusted proxies, X-Forwarded-For never changes who the client is', () => {
    const none = parseTrustedProxies('');
    fc.assert(
      fc.property(ipv4, anyText, (socket, header) => {
        expect(clientAddress(socket, header, none)).toBe(socket);
      }),
      { numRuns: 1000 },
    );
  });

  test('behind trusted proxies the client is the first untrusted hop from the right, and never a trusted address unless all are', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8');
    const proxy = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map((parts) => `10.${parts.join('.')}`);
    fc.assert(
      fc.property(fc.array(ipv4, { maxLength: 4 }), ipv4.filter((ip) => !ip.startsWith('10.')), fc.array(proxy, { maxLength: 3 }), proxy, (spoofed, reader, chain, socket) => {
        // What the reader wrote themselves, then the address our edge proxy saw, then our inner proxies.
        const header = [...spoofed, reader, ...chain].join(', ');
        expect(clientAddress(socket, header, trusted)).toBe(reader);
      }),
      { numRuns: 1000 },
    );
  });
});
