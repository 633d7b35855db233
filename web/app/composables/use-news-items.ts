import { NEWS_PAGE_SIZE } from '#shared/cms/page-sizes';

export function useNewsItems(options: { page?: number; pageSize?: number } = {}) {
  const locale = useContentLocale();
  const { page = 1, pageSize = NEWS_PAGE_SIZE } = options;
  return useCmsQuery(`news-items:${locale}:${page}:${pageSize}`, 'news-items', { locale, page, pageSize });
}
