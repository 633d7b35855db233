export function useVacancy(slug: string) {
  if (!isSlug(slug)) throw notFoundError('Vacancy');
  const locale = useContentLocale();
  return useCmsEntry(`vacancy:${locale}:${slug}`, 'vacancy', { locale, slug }, 'Vacancy');
}
