import type { VacancyListParams } from '#shared/cms/queries';
import { VACANCIES_PAGE_SIZE } from '#shared/cms/page-sizes';

/** Every published vacancy, with closed ones and those without a closing date. */
export function useVacancies() {
  return useLocalisedList('vacancies', 'vacancies', {});
}

/** Vacancies whose closing date is today or later. */
export function useOpenVacancies(limit?: number) {
  const today = useToday().value;
  return useLocalisedList(`vacancies:open:${today}:${limit ?? 'all'}`, 'open-vacancies', { today, limit });
}

/**
 * One page of open vacancies (closing today or later, UK time), filtered and sorted, in
 * the reader's language where translated: `{ items, pagination }`.
 */
export function useOpenVacancyPage(options: Omit<VacancyListParams, 'locale' | 'today'>) {
  const today = useToday().value;
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined && value !== '')) as Omit<VacancyListParams, 'locale' | 'today'>;
  const key = ['vacancies:page', today, ...Object.entries(given).map(([name, value]) => `${name}=${value}`)].join(':');
  return useLocalisedPage(key, 'open-vacancy-page', { ...given, today }, VACANCIES_PAGE_SIZE);
}
