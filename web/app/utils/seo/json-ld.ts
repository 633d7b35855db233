import type { Event as CmsEvent, NewsItem, Organisation, Vacancy, VacancyContractType, VacancySalaryPeriod } from '@blmk/shared-types';
import { vacancyStatus } from '#shared/utils/vacancy-status';

/**
 * schema.org structured data, as plain objects built from CMS entries: NewsArticle,
 * JobPosting (only while a vacancy is open), Event and the partnership's Organization.
 * Pure functions; usePageSeo puts them in the page head.
 */

export type JsonLd = Record<string, unknown>;

export const PARTNERSHIP_NAME = 'Bedfordshire, Luton and Milton Keynes Health and Care Partnership';

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function jsonLdString(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function organizationJsonLd(siteUrl: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: PARTNERSHIP_NAME,
    alternateName: 'BLMK Health and Care Partnership',
    url: siteUrl,
  };
}

const publisher = (siteUrl: string) => ({ '@type': 'Organization', name: PARTNERSHIP_NAME, url: siteUrl });

export function newsArticleJsonLd(item: NewsItem, pageUrl: string, siteUrl: string, imageUrl?: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title.slice(0, 110),
    description: item.summary ?? undefined,
    datePublished: item.storyDate ?? item.publishedAt ?? undefined,
    dateModified: item.updatedAt,
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    image: imageUrl ? [imageUrl] : undefined,
    author: publisher(siteUrl),
    publisher: publisher(siteUrl),
  };
}

/** Google's employmentType values, from the hours and the contract type. */
export function employmentTypes(contractType: VacancyContractType | null | undefined, hoursPerWeek: number | null | undefined): string[] {
  const types = new Set<string>();
  if (hoursPerWeek != null) types.add(hoursPerWeek >= 37.5 ? 'FULL_TIME' : 'PART_TIME');
  switch (contractType) {
    case 'permanent':
      if (hoursPerWeek == null) types.add('FULL_TIME');
      break;
    case 'fixed-term':
    case 'secondment':
    case 'secondment-or-fixed-term':
      types.add('TEMPORARY');
      break;
    case 'bank':
      types.add('PER_DIEM');
      break;
    case 'apprenticeship':
      types.add('INTERN');
      break;
  }
  return types.size > 0 ? [...types] : ['OTHER'];
}

const SALARY_UNITS: Record<VacancySalaryPeriod, string> = { year: 'YEAR', month: 'MONTH', week: 'WEEK', day: 'DAY', hour: 'HOUR' };

/** The UTC offset of London on a day ("+01:00" in summer), so validThrough is the end of the closing day in UK time. */
export function londonOffset(isoDate: string): string {
  const noon = new Date(`${isoDate}T12:00:00Z`);
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' })
    .formatToParts(noon)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = name?.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

function organisationOf(organisation: Organisation | null | undefined): JsonLd {
  return {
    '@type': 'Organization',
    name: organisation?.name ?? PARTNERSHIP_NAME,
    sameAs: organisation?.website ?? undefined,
  };
}

/**
 * JobPosting, or null when the vacancy is not open today (closed, or no closing date
 * given): Google must not list a job that cannot be applied for.
 */
export function jobPostingJsonLd(vacancy: Vacancy, pageUrl: string, today: string, descriptionText: string): JsonLd | null {
  if (vacancyStatus(vacancy.closingDate, today) !== 'open' || !vacancy.closingDate) return null;
  const salary = vacancy.salary;
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: vacancy.title,
    description: descriptionText || vacancy.summary || vacancy.title,
    datePosted: (vacancy.publishedAt ?? vacancy.createdAt).slice(0, 10),
    validThrough: `${vacancy.closingDate}T23:59:59${londonOffset(vacancy.closingDate)}`,
    employmentType: employmentTypes(vacancy.contractType, vacancy.hoursPerWeek),
    hiringOrganization: organisationOf(vacancy.employer),
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: vacancy.location ?? 'Bedfordshire, Luton and Milton Keynes',
        addressRegion: 'England',
        addressCountry: 'GB',
      },
    },
    baseSalary:
      salary && (salary.min != null || salary.max != null)
        ? {
            '@type': 'MonetaryAmount',
            currency: 'GBP',
            value: {
              '@type': 'QuantitativeValue',
              minValue: salary.min ?? undefined,
              maxValue: salary.max ?? undefined,
              unitText: salary.period ? SALARY_UNITS[salary.period] : undefined,
            },
          }
        : undefined,
    identifier: { '@type': 'PropertyValue', name: PARTNERSHIP_NAME, value: vacancy.documentId },
    url: pageUrl,
  };
}

/** "2018-05-22" and "12:30:00.000" → "2018-05-22T12:30:00" (local UK time, as the event gives it). */
function dateTime(date: string, time: string | null | undefined): string {
  return time ? `${date}T${time.slice(0, 8)}` : date;
}

/** Event from its first session (to its last); null without a dated session. */
export function eventJsonLd(event: CmsEvent, pageUrl: string): JsonLd | null {
  const sessions = [...(event.sessions ?? [])].filter((session) => session.date).sort((a, b) => a.date.localeCompare(b.date));
  const first = sessions[0];
  const last = sessions.at(-1);
  if (!first || !last) return null;
  const venue = event.venue;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary ?? undefined,
    startDate: dateTime(first.date, first.startsAt),
    endDate: dateTime(last.date, last.endsAt ?? (last === first ? undefined : last.startsAt)),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: venue
      ? {
          '@type': 'Place',
          name: venue.name ?? undefined,
          address: { '@type': 'PostalAddress', streetAddress: venue.address ?? undefined, postalCode: venue.postcode ?? undefined, addressCountry: 'GB' },
        }
      : undefined,
    // The organisations the CMS names, else the partnership itself.
    organizer: event.organisations?.length
      ? event.organisations.map((organisation) => ({ '@type': 'Organization', name: organisation.name }))
      : { '@type': 'Organization', name: PARTNERSHIP_NAME },
    url: pageUrl,
  };
}
