export function useBrief(slug: string) {
  if (!isSlug(slug)) throw notFoundError('Brief');
  return useLocalisedEntry(`brief:${slug}`, 'brief', { slug }, 'Brief');
}
