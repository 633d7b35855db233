import { describe, expect, test } from 'vitest';
import { vacancyStatus, vacancyTag } from '../../shared/utils/vacancy-status';
import { contractTypeLabel, formatHours, formatSalary } from '../../shared/utils/vacancy-facts';
import { translatorFor } from './translator';

const en = translatorFor('en');

describe('vacancyStatus', () => {
  test.each([
    ['2018-06-01', '2018-05-22', 'open'],
    // The closing day itself is still open.
    ['2018-05-22', '2018-05-22', 'open'],
    ['2018-05-21', '2018-05-22', 'closed'],
    ['2017-12-31', '2018-01-01', 'closed'],
    [null, '2018-05-22', 'closing-date-not-given'],
    [undefined, '2018-05-22', 'closing-date-not-given'],
    ['', '2018-05-22', 'closing-date-not-given'],
  ] as const)('closing %s, today %s → %s', (closingDate, today, expected) => {
    expect(vacancyStatus(closingDate, today)).toBe(expected);
  });
});

describe('vacancyTag', () => {
  test.each([
    // Closes within seven days (the closing day counts): flagged.
    ['2026-11-23', '2026-11-23', 'closing-soon'],
    ['2026-11-29', '2026-11-23', 'closing-soon'],
    // Across a month end.
    ['2026-12-02', '2026-11-30', 'closing-soon'],
    ['2026-11-30', '2026-11-23', 'open'],
    ['2027-01-31', '2026-11-23', 'open'],
    ['2026-11-22', '2026-11-23', 'closed'],
    [null, '2026-11-23', 'closing-date-not-given'],
  ] as const)('closing %s, today %s → %s', (closingDate, today, expected) => {
    expect(vacancyTag(closingDate, today)).toBe(expected);
  });
});

describe('formatSalary', () => {
  test.each([
    [null, undefined],
    [{ min: null, max: null, period: 'year' as const }, undefined],
    [{ min: 50819, max: 58353, period: 'year' as const }, '£50,819 to £58,353 a year'],
    [{ min: 12.5, max: null, period: 'hour' as const }, 'From £12.50 an hour'],
    [{ min: null, max: 30000, period: null }, 'Up to £30,000'],
    [{ min: 30000, max: 30000, period: 'year' as const }, '£30,000 a year'],
  ])('%j → %s', (salary, expected) => {
    expect(formatSalary(salary, en, 'en')).toBe(expected);
  });
});

describe('vacancy facts', () => {
  test.each([
    [37.5, '37.5 hours a week'],
    [1, '1 hour a week'],
    [null, undefined],
  ])('hours %s → %s', (hours, expected) => {
    expect(formatHours(hours, en, 'en')).toBe(expected);
  });

  test.each([
    ['secondment-or-fixed-term', 'Secondment or fixed term'],
    ['permanent', 'Permanent'],
    [null, undefined],
  ] as const)('contract %s → %s', (type, expected) => {
    expect(contractTypeLabel(type, en)).toBe(expected);
  });
});

describe('vacancy facts in the reader\'s language', () => {
  const salary = { min: 50819, max: 58353, period: 'year' as const };
  test.each([
    ['pl', 'od 50 819 £ do 58 353 £ rocznie', '37,5 godz. tygodniowo', 'Na czas nieokreślony'],
    ['ro', 'între 50.819 £ și 58.353 £ pe an', '37,5 ore pe săptămână', 'Pe perioadă nedeterminată'],
    ['ur', '£50,819 سے £58,353 تک سالانہ', 'ہفتے میں 37.5 گھنٹے', 'مستقل'],
  ] as const)('%s', (locale, pay, hours, permanent) => {
    const t = translatorFor(locale);
    // Intl separates thousands with a no-break space in Polish: compare with plain spaces.
    expect(formatSalary(salary, t, locale)?.replace(/\s/g, ' ')).toBe(pay);
    expect(formatHours(37.5, t, locale)).toBe(hours);
    expect(contractTypeLabel('permanent', t)).toBe(permanent);
  });

  test('no English word of a contract, salary or hours in Polish, Urdu or Romanian', () => {
    const english = /\b(a year|an hour|a week|From|Up to|to|hours?|Permanent|Fixed term|Secondment|Bank|Apprenticeship)\b/;
    for (const locale of ['pl', 'ro', 'ur'] as const) {
      const t = translatorFor(locale);
      for (const period of ['year', 'month', 'week', 'day', 'hour'] as const) {
        for (const pay of [{ min: 1, max: 2, period }, { min: 12.5, max: null, period }, { min: null, max: 3, period }]) {
          expect(formatSalary(pay, t, locale)).not.toMatch(english);
        }
      }
      expect(formatHours(1, t, locale)).not.toMatch(english);
      for (const type of ['permanent', 'fixed-term', 'secondment', 'secondment-or-fixed-term', 'bank', 'apprenticeship'] as const) {
        expect(contractTypeLabel(type, t)).not.toMatch(english);
      }
    }
  });
});
