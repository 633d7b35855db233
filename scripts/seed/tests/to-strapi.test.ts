import { describe, expect, test } from 'vitest';
import { SEED } from '../data/index.ts';
import { briefData, eventData, type RefType, type Refs, vacancyData } from '../to-strapi.ts';

/** Refs where every target exists (documentId "type:key") except those listed as gone. */
function refs(gone: string[] = []): Refs {
  const id = (type: RefType, key: string) => (gone.includes(key) ? undefined : { documentId: `${type}:${key}` });
  return {
    one: (type, key) => {
      const target = key === undefined ? undefined : id(type, key);
      return target && { connect: [target] };
    },
    many: (type, keys) => {
      const targets = (keys ?? []).flatMap((key) => id(type, key) ?? []);
      return targets.length > 0 ? { connect: targets } : undefined;
    },
  };
}

const all = SEED.flatMap((seed) => [...seed.events, ...seed.vacancies, ...seed.briefs]);
const find = <T extends { slug: string }>(slug: string) => all.find((item) => item.slug === slug) as unknown as T;

describe('Strapi input never holds a fact the source does not give', () => {
  test('the vacancy has no closing date, salary, apply address or contract end date', () => {
    const data = vacancyData(find('primary-care-workforce-programme-manager'), refs());
    for (const field of ['closingDate', 'salary', 'applyUrl', 'contractEndDate']) expect(data).not.toHaveProperty(field);
    expect(data).toMatchObject({
      band: 'Band 8c',
      hoursPerWeek: 37.5,
      employer: { connect: [{ documentId: 'organisation:cambridgeshire-community-services' }] },
      hostedOnBehalfOf: { connect: [{ documentId: 'organisation:blmk-health-and-care-partnership' }] },
    });
  });

  test('the "12.30 am" session has an end but no start', () => {
    const data = eventData(find('mental-health-in-primary-care-home'), refs());
    expect(data.sessions).toEqual([{ date: '2018-05-22', endsAt: '16:00:00.000', asWritten: '12.30 am – 4.00 pm' }]);
  });

  test('a "Have your say" event gets its composed title and two sessions', () => {
    const data = eventData(find('have-your-say-2017-03-06-milton-keynes-christian-centre'), refs());
    expect(data.title).toBe('Have your say: Milton Keynes Christian Centre');
    expect(data.sessions).toEqual([
      { date: '2017-03-06', startsAt: '14:30:00.000', endsAt: '17:00:00.000', asWritten: '2.30pm to 5pm' },
      { date: '2017-03-06', startsAt: '18:30:00.000', endsAt: '21:00:00.000', asWritten: '6.30pm to 9pm' },
    ]);
    expect(data.venue).toEqual({ name: 'Milton Keynes Christian Centre', postcode: 'MK6 2TG' });
  });

  test('the closing links have labels only', () => {
    const data = briefData(find('central-brief-may-2018'), refs());
    expect(data.closingLinks).toEqual([{ label: 'Follow us on Twitter' }, { label: 'Like us on Facebook' }]);
  });
});

describe('briefData', () => {
  test('keeps the sections and entries in source order', () => {
    const data = briefData(find('central-brief-may-2018'), refs()) as {
      sections: { heading: string; entries: Record<string, { connect: { documentId: string }[] }>[] }[];
    };
    expect(data.sections.map((section) => section.heading)).toEqual(['News', 'Leadership update', 'Engagement', 'Opportunity']);
    const targets = data.sections.map((section) =>
      section.entries.map((entry) => Object.values(entry)[0]?.connect?.[0]?.documentId ?? 'note'),
    );
    expect(targets).toEqual([
      [
        'news-item:blmk-single-operating-plan',
        'news-item:transforming-cancer-care-across-blmk',
        'news-item:bedford-hospital-and-luton-and-dunstable-university-hospital-merger-update',
      ],
      [
        'leadership-update:david-carter-l-and-d-ceo',
        'leadership-update:cathy-jones-l-and-d-deputy-chief-executive',
        'leadership-update:liz-lees-l-and-d-director-of-nursing',
        'note',
      ],
      ['news-item:primary-care-home-workshop', 'event:mental-health-in-primary-care-home'],
      ['vacancy:primary-care-workforce-programme-manager'],
    ]);
  });

  test('leaves out an entry whose item was deleted since import', () => {
    const data = briefData(find('central-brief-may-2018'), refs(['mental-health-in-primary-care-home'])) as {
      sections: { entries: unknown[] }[];
    };
    expect(data.sections.map((section) => section.entries.length)).toEqual([3, 4, 1, 1]);
  });
});
