import type { Event as CmsEvent, NewsItem, Vacancy } from '@blmk/shared-types';
import { describe, expect, test } from 'vitest';
import { canonicalPath } from '../../app/utils/seo/canonical';
import { employmentTypes, eventJsonLd, jobPostingJsonLd, jsonLdString, londonOffset, newsArticleJsonLd, organizationJsonLd } from '../../app/utils/seo/json-ld';
import { blocksToText } from '../../app/utils/seo/text';

const SITE = 'https://blmk.example';

const vacancy = {
  documentId: 'vac1',
  title: 'Programme Manager',
  slug: 'programme-manager',
  band: 'Band 8c',
  hoursPerWeek: 37.5,
  contractType: 'secondment-or-fixed-term',
  location: 'Luton',
  summary: 'Lead the programme.',
  closingDate: '2026-07-01',
  publishedAt: '2026-06-01T09:00:00.000Z',
  createdAt: '2026-05-30T09:00:00.000Z',
  updatedAt: '2026-06-01T09:00:00.000Z',
  employer: { name: 'Cambridgeshire Community Services', website: 'https://www.cambscommunityservices.nhs.uk' },
  salary: { min: 50819, max: 58353, period: 'year' },
} as unknown as Vacancy;

describe('JobPosting', () => {
  test('every property Google requires, while open', () => {
    const data = jobPostingJsonLd(vacancy, `${SITE}/vacancies/programme-manager`, '2026-06-15', 'Lead the programme.\n\nMore.');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Programme Manager',
      description: 'Lead the programme.\n\nMore.',
      datePosted: '2026-06-01',
      validThrough: '2026-07-01T23:59:59+01:00',
      employmentType: ['FULL_TIME', 'TEMPORARY'],
      hiringOrganization: { '@type': 'Organization', name: 'Cambridgeshire Community Services' },
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Luton', addressCountry: 'GB' } },
      baseSalary: { currency: 'GBP', value: { minValue: 50819, maxValue: 58353, unitText: 'YEAR' } },
    });
  });
  test('the closing day itself is still open', () => {
    expect(jobPostingJsonLd(vacancy, 'u', '2026-07-01', '')).not.toBeNull();
  });
  test('none once closed, nor without a closing date', () => {
    expect(jobPostingJsonLd(vacancy, 'u', '2026-07-02', '')).toBeNull();
    expect(jobPostingJsonLd({ ...vacancy, closingDate: null }, 'u', '2026-06-15', '')).toBeNull();
  });
  test('winter closing dates are in GMT', () => {
    expect(londonOffset('2026-12-01')).toBe('+00:00');
    expect(londonOffset('2026-06-01')).toBe('+01:00');
  });
  test.each([
    ['permanent', null, ['FULL_TIME']],
    ['permanent', 22.5, ['PART_TIME']],
    ['bank', null, ['PER_DIEM']],
    ['apprenticeship', 37.5, ['FULL_TIME', 'INTERN']],
    [null, null, ['OTHER']],
  ] as const)('employmentType of %s, %s hours', (contract, hours, expected) => {
    expect(employmentTypes(contract, hours)).toEqual(expected);
  });
});

test('NewsArticle', () => {
  const item = { title: 'BLMK Single Operating Plan', summary: 'The plan.', storyDate: '2018-05-22', publishedAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z' } as NewsItem;
  expect(newsArticleJsonLd(item, `${SITE}/news/x`, SITE)).toMatchObject({
    '@type': 'NewsArticle',
    headline: 'BLMK Single Operating Plan',
    datePublished: '2018-05-22',
    dateModified: '2026-01-02T00:00:00Z',
    mainEntityOfPage: `${SITE}/news/x`,
    publisher: { '@type': 'Organization', url: SITE },
  });
});

test('Event from its sessions and venue', () => {
  const event = {
    title: 'Mental health in Primary Care Home',
    slug: 'mh',
    sessions: [
      { date: '2018-05-22', startsAt: '12:30:00.000', endsAt: '16:00:00.000', asWritten: null },
      { date: '2018-05-21', startsAt: null, endsAt: null, asWritten: null },
    ],
    venue: { name: 'Rufus Centre', address: 'Steppingley Road, Flitwick', postcode: 'MK45 1AH' },
  } as unknown as CmsEvent;
  expect(eventJsonLd(event, `${SITE}/events/mh`)).toMatchObject({
    '@type': 'Event',
    name: 'Mental health in Primary Care Home',
    startDate: '2018-05-21',
    endDate: '2018-05-22T16:00:00',
    location: { '@type': 'Place', name: 'Rufus Centre', address: { postalCode: 'MK45 1AH' } },
    organizer: { '@type': 'Organization', name: expect.stringContaining('Partnership') },
    url: `${SITE}/events/mh`,
  });
  const organised = { ...event, organisations: [{ name: 'Luton Council' }, { name: 'Bedford Hospital' }] } as unknown as CmsEvent;
  expect(eventJsonLd(organised, 'u')?.organizer).toEqual([
    { '@type': 'Organization', name: 'Luton Council' },
    { '@type': 'Organization', name: 'Bedford Hospital' },
  ]);
  expect(eventJsonLd({ ...event, sessions: [] }, 'u')).toBeNull();
});

test('Organization', () => {
  expect(organizationJsonLd(SITE)).toMatchObject({ '@type': 'Organization', url: SITE });
});

test('JSON-LD never closes its script element', () => {
  expect(jsonLdString({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
  expect(JSON.parse(jsonLdString({ name: '</script>' }))).toEqual({ name: '</script>' });
});

test('blocksToText', () => {
  expect(
    blocksToText([
      { type: 'paragraph', children: [{ type: 'text', text: 'One ' }, { type: 'link', url: 'https://x', children: [{ type: 'text', text: 'two' }] }] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'three' }] }] },
    ]),
  ).toBe('One two\n\nthree');
  expect(blocksToText(null)).toBe('');
});

describe('canonicalPath', () => {
  test.each([
    ['/news', '/news'],
    ['/news?page=1', '/news'],
    ['/news?page=2&priority=P1', '/news?page=2'],
    ['/vacancies?band=Band%206#x', '/vacancies'],
    ['/news/', '/news'],
    ['/', '/'],
    ['/news?page=abc', '/news'],
  ])('%s → %s', (path, expected) => {
    expect(canonicalPath(path)).toBe(expected);
  });
});
