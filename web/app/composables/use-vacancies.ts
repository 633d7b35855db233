import type { VacancyListParams } from '#shared/cms/queries';

/** Every published vacancy, with closed ones and those without a closing date. */
export function useVacancies() {
  const locale = useContentLocale();
  return useCmsQuery(`vacancies:${locale}`, 'vacancies', { locale });
}

/** Vacancies whose closing date is today or later. */
export function useOpenVacancies(limit?: number) {
  const locale = useContentLocale();
  const today = useToday().value;
  return useCmsQuery(`vacancies:open:${locale}:${today}:${limit ?? 'all'}`, 'open-vacancies', { locale, today, limit });
}

/** One page of open vacancies (closing today or later, UK time), filtered and sorted. */
export function useOpenVacancyPage(options: Omit<VacancyListParams, 'locale' | 'today'>) {
  const locale = useContentLocale();
  const today = useToday().value;
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined && value !== ''));
  const params = { locale, today, ...given };
  const key = ['vacancies:page', locale, today, ...Object.entries(given).map(([name, value]) => `${name}=${value}`)].join(':');
  return useCmsQuery(key, 'open-vacancy-page', params);
}
