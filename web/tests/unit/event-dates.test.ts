import type { Event as CmsEvent } from '@blmk/shared-types';
import { describe, expect, test } from 'vitest';
import { hasTakenPlace, isUpcomingEvent, sessionDate, sessionTimes, upcomingEvents } from '../../shared/utils/event-dates';
import { translatorFor } from './translator';

describe('sessionTimes', () => {
  test.each([
    // Both times known: formatted.
    [{ startsAt: '14:30:00.000', endsAt: '17:00:00.000', asWritten: '2.30pm to 5pm' }, '2:30pm to 5pm'],
    // A time missing: the source's own words, as written.
    [{ startsAt: null, endsAt: '16:00:00.000', asWritten: '12.30 am – 4.00 pm' }, '12.30 am – 4.00 pm'],
    [{ startsAt: '09:00:00.000', endsAt: null, asWritten: '9am until late' }, '9am until late'],
    // No words to fall back on: whatever time is known.
    [{ startsAt: '09:00:00.000', endsAt: null, asWritten: null }, 'from 9am'],
    [{ startsAt: null, endsAt: null, asWritten: '  ' }, 'Time not given'],
    [{ startsAt: null, endsAt: null, asWritten: null }, 'Time not given'],
  ])('%j → %s', (session, expected) => {
    expect(sessionTimes(session, translatorFor('en'), 'en')).toBe(expected);
  });
});

describe('sessions in the reader\'s language', () => {
  test.each([
    ['pl', { date: '2018-05-22', startsAt: '14:30:00.000', endsAt: '17:00:00.000' }, '22 maja 2018', 'od 14:30 do 17:00'],
    ['ro', { date: '2018-05-22', startsAt: '09:00:00.000', endsAt: null }, '22 mai 2018', 'de la 9:00'],
    ['pl', { date: null, startsAt: null, endsAt: null }, 'Nie podano daty', 'Nie podano godziny'],
    ['ur', { date: null, startsAt: null, endsAt: null }, 'تاریخ نہیں بتائی گئی', 'وقت نہیں بتایا گیا'],
  ] as const)('%s: %j', (locale, session, date, times) => {
    const t = translatorFor(locale);
    expect(sessionDate(session, t, locale)).toBe(date);
    expect(sessionTimes({ ...session, asWritten: null }, t, locale)).toBe(times);
  });
});

function event(slug: string, dates: string[]): CmsEvent {
  return {
    id: 1,
    documentId: slug,
    slug,
    title: slug,
    summary: null,
    description: null,
    audience: null,
    costNote: null,
    sessions: dates.map((date, index) => ({ id: index, date, startsAt: null, endsAt: null, asWritten: null })),
    createdAt: '',
    updatedAt: '',
    publishedAt: '',
    locale: 'en',
  };
}

describe('upcoming and past events', () => {
  const today = '2018-05-22';
  const events = [
    event('past', ['2017-03-06', '2017-03-09']),
    event('today', ['2018-05-22']),
    event('later', ['2018-06-01']),
    event('spanning', ['2018-05-01', '2018-05-30']),
    event('no-sessions', []),
  ];

  test.each([
    ['past', false],
    ['today', true],
    ['later', true],
    ['spanning', true],
    ['no-sessions', false],
  ])('%s is upcoming: %s', (slug, expected) => {
    expect(isUpcomingEvent(events.find((e) => e.slug === slug)!, today)).toBe(expected);
  });

  test('upcoming events come soonest next session first', () => {
    expect(upcomingEvents(events, today).map((e) => e.slug)).toEqual(['today', 'spanning', 'later']);
  });
});

describe('hasTakenPlace', () => {
  test.each<[string[], boolean]>([
    [['2018-05-22'], true],
    [['2018-05-22', '2026-06-01'], false],
    [['2026-06-01'], false],
    // The day itself is still to come: it may be later today.
    [['2026-05-01'], false],
    // No date at all: not known to have taken place.
    [[], false],
  ])('sessions on %j → %s (today 2026-05-01)', (dates, expected) => {
    expect(hasTakenPlace(event('e', dates), '2026-05-01')).toBe(expected);
  });
});
