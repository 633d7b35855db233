import { describe, expect, test } from 'vitest';
import { closingDateProblems } from '../api/vacancy/rules';
import { reservedEventSlugProblems, sessionProblems } from '../api/event/rules';
import { isWellFormedEmail, isWellFormedWebAddress, ukToday } from './rules';

describe('the editorial rules', () => {
  test.each([
    ['jobs@example.nhs.uk', true],
    ['first.last+tag@nhs.net', true],
    ['jobs at example.org', false],
    ['jobs@example', false],
    ['jobs@@example.org', false],
    ['jobs@example..org', false],
    ['@example.org', false],
  ])('e-mail %s well formed: %s', (value, expected) => {
    expect(isWellFormedEmail(value)).toBe(expected);
  });

  test.each([
    ['https://www.jobs.nhs.uk/candidate/jobadvert/A1234', true],
    ['http://localhost:3000/vacancies', true],
    ['www.jobs.nhs.uk', false],
    ['https//www.jobs.nhs.uk', false],
    ['javascript:alert(1)', false],
    ['ftp://files.example.org/advert.pdf', false],
    ['https://intranet/advert', false],
  ])('web address %s well formed: %s', (value, expected) => {
    expect(isWellFormedWebAddress(value)).toBe(expected);
  });

  test('today is the UK date, also just after midnight in summer time', () => {
    expect(ukToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(ukToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  test('a closing date from today on passes; a missing or past one does not', () => {
    expect(closingDateProblems({ closingDate: '2026-07-01' }, '2026-07-01')).toEqual([]);
    expect(closingDateProblems({ closingDate: '2026-06-30' }, '2026-07-01')[0]?.message).toMatch(/has passed/);
    expect(closingDateProblems({ closingDate: null }, '2026-07-01')[0]?.message).toMatch(/needs a closing date/);
  });

  test('sessions: end before start is a problem, over 12 hours a warning, missing times neither', () => {
    const check = sessionProblems({
      sessions: [
        { date: '2026-05-10', startsAt: '10:00:00.000', endsAt: '10:00:00.000' },
        { date: '2026-05-11', startsAt: '07:00', endsAt: '19:01' },
        { date: '2026-05-12', startsAt: '07:00', endsAt: '19:00' },
        { date: '2026-05-13', startsAt: null, endsAt: '12:00' },
      ],
    });
    expect(check.problems.map((problem) => problem.path.join('.'))).toEqual(['sessions.0.endsAt']);
    expect(check.warnings.map((warning) => warning.path.join('.'))).toEqual(['sessions.1.endsAt']);
  });

  test('an event may not take the slug of the past events list', () => {
    expect(reservedEventSlugProblems({ slug: 'past' }).map((problem) => problem.path.join('.'))).toEqual(['slug']);
    expect(reservedEventSlugProblems({ slug: 'past-forum' })).toEqual([]);
    expect(reservedEventSlugProblems({ title: 'No slug in this update' })).toEqual([]);
  });
});
