import { describe, expect, test } from 'vitest';
import { readSchedulerConfig } from '../src/scheduling/config';
import { vacancyCutoffDate } from '../src/scheduling/dates';
import { diffSnapshots } from '../src/history/diff';

describe('scheduler configuration', () => {
  test('defaults: every 15 s, vacancies go the day after closing', () => {
    expect(readSchedulerConfig({})).toEqual({ intervalMs: 15_000, vacancyGraceDays: 14 });
  });

  test('reads SCHEDULER_INTERVAL_MS and VACANCY_GRACE_DAYS', () => {
    expect(readSchedulerConfig({ SCHEDULER_INTERVAL_MS: '1000', VACANCY_GRACE_DAYS: '3' })).toEqual({ intervalMs: 1000, vacancyGraceDays: 3 });
  });

  test.each([
    ['SCHEDULER_INTERVAL_MS', 'soon'],
    ['SCHEDULER_INTERVAL_MS', '0'],
    ['SCHEDULER_INTERVAL_MS', '1.5'],
    ['VACANCY_GRACE_DAYS', '-1'],
    ['VACANCY_GRACE_DAYS', 'two'],
  ])('refuses %s=%s with a clear message', (name, value) => {
    expect(() => readSchedulerConfig({ [name]: value })).toThrow(new RegExp(`${name} must be a whole number`));
  });
});

describe('vacancy expiry date', () => {
  const now = new Date('2026-03-01T00:30:00Z');
  test('with no grace, a vacancy closing yesterday goes and one closing today stays', () => {
    const cutoff = vacancyCutoffDate(now, 0);
    expect(cutoff).toBe('2026-03-01');
    expect('2026-02-28' < cutoff).toBe(true);
    expect('2026-03-01' < cutoff).toBe(false);
  });

  test('grace days count back across month ends', () => {
    expect(vacancyCutoffDate(now, 2)).toBe('2026-02-27');
  });
});

describe('revision diff', () => {
  test('lists only the fields that differ, with before and after', () => {
    const before = { title: 'A', tags: [{ documentId: 'x', locale: 'en' }], seo: { metaTitle: 'M', noIndex: false } };
    const after = { title: 'B', tags: [{ locale: 'en', documentId: 'x' }], seo: { noIndex: false, metaTitle: 'M' }, summary: 'new' };
    expect(diffSnapshots(before, after)).toEqual([
      { field: 'summary', before: null, after: 'new' },
      { field: 'title', before: 'A', after: 'B' },
    ]);
  });

  test('against nothing, every field with a value is a change', () => {
    expect(diffSnapshots(null, { title: 'A', summary: null }).map((change) => change.field)).toEqual(['title']);
  });
});
