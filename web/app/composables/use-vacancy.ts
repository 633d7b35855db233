export function useVacancy(slug: string) {
  if (!isSlug(slug)) throw notFoundError('Vacancy');
  return useLocalisedEntry(`vacancy:${slug}`, 'vacancy', { slug }, 'Vacancy');
}
