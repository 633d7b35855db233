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
