export function useNewsItem(slug: string) {
  if (!isSlug(slug)) throw notFoundError('News item');
  return useLocalisedEntry(`news-item:${slug}`, 'news-item', { slug }, 'News item');
}
