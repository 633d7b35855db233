/** Every published vacancy, with closed ones and those without a closing date. */
export function useVacancies() {
  return useLocalisedList('vacancies', 'vacancies', {});
}

/** Vacancies whose closing date is today or later. */
export function useOpenVacancies(limit?: number) {
  const today = useToday().value;
  return useLocalisedList(`vacancies:open:${today}:${limit ?? 'all'}`, 'open-vacancies', { today, limit });
}
