import { describe, expect, test } from 'vitest';
import { formatDate, formatMonth, formatTime, formatTimeRange, isIsoDate, todayInLondon } from '../../shared/utils/dates';

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
    expect(formatDate(input)).toBe(expected);
  });
});

describe('formatMonth', () => {
  test.each([
    ['2018-05-01', 'May 2018'],
    ['2017-12-01', 'December 2017'],
    [null, undefined],
  ])('%s → %s', (input, expected) => {
    expect(formatMonth(input)).toBe(expected);
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
    expect(formatTime(input)).toBe(expected);
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
    expect(formatTimeRange(start, end)).toBe(expected);
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
