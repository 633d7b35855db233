export function useNewsItem(slug: string) {
  if (!isSlug(slug)) throw notFoundError('News item');
  const locale = useContentLocale();
  return useCmsEntry(`news-item:${locale}:${slug}`, 'news-item', { locale, slug }, 'News item');
}
