import { describe, expect, test } from 'vitest';
import { describeSchedule, latestDigestRun, londonTimeToInstant, nextDigestRun, parseDigestSchedule } from '../src/newsletter/digest/schedule';
import type { DigestEvent, DigestVacancy } from '../src/newsletter/digest/content';
import { stillWanted } from '../src/newsletter/digest/digest-source';
import { renderBriefMail } from '../src/newsletter/render/brief-mail';
import { mailDate } from '../src/newsletter/render/dates';
import { renderDigestMail } from '../src/newsletter/render/digest-mail';
import { PLACEHOLDERS } from '../src/newsletter/render/layout';

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

describe('the digest mail', () => {
  const vacancy = (locale: string, title: string, slug: string) =>
    ({ documentId: `v-${slug}`, locale, title, slug, summary: `${title}, full time.`, closingDate: '2018-05-22' }) as unknown as DigestVacancy;
  const event = { documentId: 'e1', locale: 'en', title: 'Wellbeing fair', slug: 'wellbeing-fair', summary: 'Stalls.', sessions: [{ date: '2018-04-30' }, { date: '2018-05-01' }] } as unknown as DigestEvent;
  const base = { siteUrl: 'https://site.test', issued: new Date('2018-05-01T07:00:00Z'), today: '2018-05-01' };

  test('nothing for the subscriber\'s topics: no mail', async () => {
    expect(await renderDigestMail({ ...base, language: 'en', vacancies: [], events: [] })).toBeNull();
  });

  test('English: both sections, dates day first, links without a prefix, the subscriber\'s links left to fill', async () => {
    const mail = (await renderDigestMail({ ...base, language: 'en', vacancies: [vacancy('en', 'Staff Nurse', 'staff-nurse')], events: [event] }))!;
    expect(mail.subject).toBe('This week from BLMK: Tuesday 1 May 2018');
    expect(mail.text).toContain('NEW VACANCIES');
    expect(mail.text).toContain('Closing date: Tuesday 22 May 2018');
    expect(mail.text).toContain('Read more: https://site.test/vacancies/staff-nurse');
    // Sessions before the digest's day are not "upcoming".
    expect(mail.text).toContain('Tuesday 1 May 2018\n');
    expect(mail.text).not.toContain('Monday 30 April 2018');
    expect(mail.html).toContain('href="https://site.test/events/wellbeing-fair"');
    expect(mail.text).toContain('See all events: https://site.test/events');
    expect(mail.text).toContain(PLACEHOLDERS.unsubscribeUrl);
    expect(mail.html).toContain(PLACEHOLDERS.preferencesUrl);
  });

  test('Urdu: its own words, right to left, links under /ur/, an English-only entry marked as English', async () => {
    const mail = (await renderDigestMail({ ...base, language: 'ur', vacancies: [vacancy('en', 'Staff Nurse', 'staff-nurse')], events: [] }))!;
    expect(mail.html).toMatch(/<html[^>]*dir="rtl"/);
    expect(mail.text).toContain('نئی آسامیاں');
    expect(mail.text).toContain('https://site.test/ur/vacancies/staff-nurse');
    expect(mail.text).not.toMatch(/https:\/\/site\.test\/(?!ur\/)/);
    expect(mail.html).toMatch(/<h3 lang="en" dir="ltr"><a href="https:\/\/site\.test\/ur\/vacancies\/staff-nurse">Staff Nurse<\/a><\/h3>/);
    expect(mail.text).not.toContain('Events');
  });
});

describe('brief mails link to the subscriber\'s language', () => {
  const brief = {
    documentId: 'b1',
    title: 'Central Brief: May 2018',
    slug: 'central-brief-may-2018',
    issueDate: '2018-05-01',
    intro: null,
    sections: [
      {
        heading: 'Opportunity',
        intro: null,
        entries: [{ vacancy: { slug: 'staff-nurse', title: 'Staff Nurse', closingDate: '2018-05-22' } }, { event: { slug: 'fair', title: 'Fair', sessions: [{ date: '2018-06-05' }] } }],
      },
    ],
  } as unknown as Parameters<typeof renderBriefMail>[0];

  test('an English brief to a Polish subscriber: English words, /pl/ links, dates day first', async () => {
    const mail = await renderBriefMail(brief, 'https://site.test', 'en', { linkLocale: 'pl' });
    expect(mail.html).toMatch(/<html[^>]*lang="en"/);
    expect(mail.text).toContain('Read this brief on our website: https://site.test/pl/briefs/central-brief-may-2018');
    expect(mail.text).toContain('https://site.test/pl/vacancies/staff-nurse');
    expect(mail.text).toContain('https://site.test/pl/events/fair');
    expect(mail.text).toContain('Tuesday 1 May 2018');
    expect(mail.text).toContain('Closing date: Tuesday 22 May 2018');
    expect(mail.text).toContain('Tuesday 5 June 2018');
  });

  test('without a link locale, links follow the brief\'s language', async () => {
    const mail = await renderBriefMail(brief, 'https://site.test', 'en');
    expect(mail.text).toContain('https://site.test/briefs/central-brief-may-2018');
    expect(mail.text).not.toContain('/pl/');
  });
});

describe('a digest delivery\'s topics at the subscriber\'s turn', () => {
  test('only the topics fixed at the start that they still want', () => {
    expect(stillWanted('vacancies,events', { topicVacancies: true, topicEvents: false })).toEqual(['vacancies']);
    expect(stillWanted('events', { topicVacancies: true, topicEvents: true })).toEqual(['events']);
    expect(stillWanted('vacancies', { topicVacancies: false, topicEvents: true })).toEqual([]);
    expect(stillWanted(null, { topicVacancies: true, topicEvents: true })).toEqual([]);
  });
});
