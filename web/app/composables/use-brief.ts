export function useBrief(slug: string) {
  if (!isSlug(slug)) throw notFoundError('Brief');
  const locale = useContentLocale();
  return useCmsEntry(`brief:${locale}:${slug}`, 'brief', { locale, slug }, 'Brief');
}
