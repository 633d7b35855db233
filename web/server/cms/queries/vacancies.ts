import type { StrapiListResponse, Vacancy, VacancyBand, VacancyContractType } from '@blmk/shared-types';
import type { VacancySort } from '#shared/list-query';
import type { CmsClient } from '../client';
import { VACANCIES_PAGE_SIZE } from '../page-sizes';
import type { Filters } from '../params';
import type { SlugParams, TodayParams } from './params';

/** Vacancies whose closing date is today or later, closing soonest first. */
export async function fetchOpenVacancies(cms: CmsClient, { locale, today, limit }: TodayParams): Promise<Vacancy[]> {
  return (await fetchOpenVacancyPage(cms, { locale, today, page: 1, pageSize: limit ?? VACANCIES_PAGE_SIZE })).data;
}

export interface VacancyListParams extends TodayParams {
  band?: VacancyBand;
  contractType?: VacancyContractType;
  /** Words the location must contain, any case ("Luton"). */
  location?: string;
  sort?: VacancySort;
  page?: number;
  pageSize?: number;
}

/**
 * One page of open vacancies (closing today or later, `today` being the request's UK
 * date), filtered by band, contract type and location, closing soonest first by default.
 */
export function fetchOpenVacancyPage(
  cms: CmsClient,
  { locale, today, band, contractType, location, sort = 'closing-soonest', page = 1, pageSize = VACANCIES_PAGE_SIZE }: VacancyListParams,
): Promise<StrapiListResponse<Vacancy>> {
  const filters: Filters<Vacancy> = { closingDate: { $gte: today } };
  if (band) filters.band = { $eq: band };
  if (contractType) filters.contractType = { $eq: contractType };
  if (location) filters.location = { $containsi: location };
  return cms.find('vacancy', {
    locale,
    filters,
    sort: [sort === 'closing-latest' ? 'closingDate:desc' : 'closingDate:asc', 'title:asc'],
    pagination: { page, pageSize },
  });
}

export function fetchVacancy(cms: CmsClient, { locale, slug }: SlugParams): Promise<Vacancy | null> {
  return cms.findBySlug('vacancy', slug, { locale });
}
