import { describe, expect, test } from 'vitest';
import { describeSchedule, latestDigestRun, londonTimeToInstant, nextDigestRun, parseDigestSchedule } from '../src/newsletter/digest/schedule';
import { mailDate } from '../src/newsletter/render/dates';

const monday8 = parseDigestSchedule('monday 08:00')!;

describe('digest schedule', () => {
  test('the setting: a weekday and a UK time, "off", or a clear error', () => {
    expect(parseDigestSchedule(undefined)).toEqual({ weekday: 'monday', hour: 8, minute: 0 });
    expect(parseDigestSchedule('Fri 7:30')).toEqual({ weekday: 'friday', hour: 7, minute: 30 });
    expect(parseDigestSchedule('off')).toBeNull();
    for (const bad of ['monday', 'someday 08:00', 'monday 24:00', 'monday 08:60', 'monday 8am']) {
      expect(() => parseDigestSchedule(bad), bad).toThrow(/NEWSLETTER_DIGEST_SCHEDULE/);
    }
    expect(describeSchedule(monday8)).toBe('Mondays at 08:00 UK time');
    expect(describeSchedule(null)).toBe('off');
  });

  test('08:00 UK time is 08:00 UTC in winter and 07:00 UTC in summer', () => {
    expect(nextDigestRun(monday8, new Date('2026-01-07T12:00:00Z')).toISOString()).toBe('2026-01-12T08:00:00.000Z');
    expect(nextDigestRun(monday8, new Date('2026-06-03T12:00:00Z')).toISOString()).toBe('2026-06-08T07:00:00.000Z');
  });

  test('across the clock changes: the week the clocks go forward and back', () => {
    // Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
    expect(nextDigestRun(monday8, new Date('2026-03-27T12:00:00Z')).toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(nextDigestRun(monday8, new Date('2026-10-23T12:00:00Z')).toISOString()).toBe('2026-10-26T08:00:00.000Z');
    // On Saturday evening before the change, a Sunday run is 24 hours away in UK hours, 23 in UTC.
    const sunday9 = parseDigestSchedule('sunday 09:00')!;
    expect(nextDigestRun(sunday9, new Date('2026-03-28T09:00:00Z')).toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(nextDigestRun(sunday9, new Date('2026-10-24T09:00:00Z')).toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });

  test('the hour that does not exist runs just after the jump; the one that happens twice, the first time', () => {
    expect(londonTimeToInstant(2026, 3, 29, 1, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(londonTimeToInstant(2026, 10, 25, 1, 30).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    const sunday0130 = parseDigestSchedule('sunday 01:30')!;
    expect(nextDigestRun(sunday0130, new Date('2026-10-25T00:30:00Z')).toISOString()).toBe('2026-11-01T01:30:00.000Z');
  });

  test('strictly after: at the run time itself, the next run is a week later; the latest run is that one', () => {
    const run = new Date('2026-03-30T07:00:00Z');
    expect(nextDigestRun(monday8, run).toISOString()).toBe('2026-04-06T07:00:00.000Z');
    expect(latestDigestRun(monday8, run).toISOString()).toBe(run.toISOString());
    expect(latestDigestRun(monday8, new Date('2026-03-30T06:59:00Z')).toISOString()).toBe('2026-03-23T08:00:00.000Z');
  });
});

describe('dates in mails', () => {
  test('day first, the weekday spelt out, as UK readers write them', () => {
    expect(mailDate('2018-05-01', 'en')).toBe('Tuesday 1 May 2018');
    expect(mailDate('2018-05-01', undefined)).toBe('Tuesday 1 May 2018');
    expect(mailDate('2018-05-01', 'pl')).toMatch(/^wtorek,? 1 maja 2018$/);
    expect(mailDate('2018-05-01', 'ro')).toMatch(/^marți,? 1 mai 2018$/);
  });

  test('an instant is dated on the UK calendar, not the server clock', () => {
    // 23:30 UTC on 30 April 2018 is 00:30 on 1 May in London (BST).
    expect(mailDate(new Date('2018-04-30T23:30:00Z'), 'en')).toBe('Tuesday 1 May 2018');
    expect(mailDate('2018-12-31T23:30:00Z', 'en')).toBe('Monday 31 December 2018');
  });

  test('no date or no real date gives nothing', () => {
    expect(mailDate(null, 'en')).toBeUndefined();
    expect(mailDate('2018-02-30', 'en')).toBeUndefined();
    expect(mailDate('soon', 'en')).toBeUndefined();
  });
});
