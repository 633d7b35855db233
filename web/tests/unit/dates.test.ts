import { describe, expect, test } from 'vitest';
import { formatDate, formatMonth, formatTime, formatTimeRange, isIsoDate, todayInLondon } from '../../shared/utils/dates';
import { translatorFor } from './translator';

describe('formatDate', () => {
  test.each([
    ['2018-05-22', '22 May 2018'],
    ['2018-05-01', '1 May 2018'],
    ['2017-03-06', '6 March 2017'],
    // A timestamp late on 31 March UTC is already 1 April in the UK (BST).
    ['2018-03-31T23:30:00.000Z', '1 April 2018'],
    ['2018-12-31T23:30:00.000Z', '31 December 2018'],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
    ['not a date', undefined],
    ['2018-13-45', undefined],
  ])('%s → %s', (input, expected) => {
    expect(formatDate(input, 'en')).toBe(expected);
  });
});

describe('formatMonth', () => {
  test.each([
    ['2018-05-01', 'May 2018'],
    ['2017-12-01', 'December 2017'],
    [null, undefined],
  ])('%s → %s', (input, expected) => {
    expect(formatMonth(input, 'en')).toBe(expected);
  });
});

describe('formatTime', () => {
  test.each([
    ['12:30:00.000', '12:30pm'],
    ['16:00:00.000', '4pm'],
    ['09:05', '9:05am'],
    ['00:30:00', '12:30am'],
    ['12:00:00.000', 'midday'],
    ['00:00:00.000', 'midnight'],
    ['23:59:00', '11:59pm'],
    ['24:00:00', undefined],
    ['4pm', undefined],
    [null, undefined],
  ])('%s → %s', (input, expected) => {
    expect(formatTime(input, 'en')).toBe(expected);
  });
});

describe('formatTimeRange', () => {
  test.each([
    ['14:30:00.000', '17:00:00.000', '2:30pm to 5pm'],
    ['10:00:00.000', '12:30:00.000', '10am to 12:30pm'],
    ['18:30:00.000', null, 'from 6:30pm'],
    [null, '16:00:00.000', undefined],
    [null, null, undefined],
  ])('%s, %s → %s', (start, end, expected) => {
    expect(formatTimeRange(start, end, translatorFor('en'), 'en')).toBe(expected);
  });
});

describe('todayInLondon', () => {
  test.each([
    ['2018-05-22T10:00:00Z', '2018-05-22'],
    // 23:30 UTC in summer is 00:30 the next day in London.
    ['2018-05-22T23:30:00Z', '2018-05-23'],
    // In winter London is on UTC.
    ['2018-12-31T23:30:00Z', '2018-12-31'],
  ])('%s → %s', (instant, expected) => {
    expect(todayInLondon(new Date(instant))).toBe(expected);
  });
});

describe('isIsoDate', () => {
  test.each([
    ['2018-05-22', true],
    ['2018-5-22', false],
    ['2018-05-22T00:00:00Z', false],
    [20180522, false],
    [undefined, false],
  ])('%s → %s', (input, expected) => {
    expect(isIsoDate(input)).toBe(expected);
  });
});

describe('in the reader\'s language', () => {
  test.each([
    ['pl', '22 maja 2018', 'maj 2018'],
    ['ro', '22 mai 2018', 'mai 2018'],
    ['ur', '22 مئی، 2018', 'مئی 2018'],
  ] as const)('%s: "%s", "%s"', (locale, day, month) => {
    expect(formatDate('2018-05-22', locale)).toBe(day);
    expect(formatMonth('2018-05-01', locale)).toBe(month);
    // The same UK calendar day as in English, whatever the language.
    expect(formatDate('2018-03-31T23:30:00.000Z', locale)).toBe(formatDate('2018-04-01', locale));
  });

  test.each([
    ['pl', '14:30:00.000', '17:00:00.000', 'od 14:30 do 17:00'],
    ['ro', '14:30:00.000', '17:00:00.000', 'de la 14:30 până la 17:00'],
    ['pl', '18:30:00.000', null, 'od 18:30'],
    ['pl', null, null, undefined],
  ] as const)('%s: %s, %s → %s', (locale, start, end, expected) => {
    expect(formatTimeRange(start, end, translatorFor(locale), locale)).toBe(expected);
  });

  test('Urdu times use its own words for "to" and no English am/pm wording', () => {
    const range = formatTimeRange('14:30:00.000', '17:00:00.000', translatorFor('ur'), 'ur');
    expect(range).toContain('سے');
    expect(range).toContain('تک');
    expect(range).not.toMatch(/\bto\b|pm/);
  });

  test('no English month name in any other language', () => {
    for (const locale of ['pl', 'ro', 'ur'] as const) {
      for (let month = 1; month <= 12; month += 1) {
        const date = `2018-${String(month).padStart(2, '0')}-15`;
        expect(formatDate(date, locale)).not.toContain(formatMonth(date, 'en')!.split(' ')[0]);
      }
    }
  });
});
