export function useBriefs() {
  const locale = useContentLocale();
  return useCmsQuery(`briefs:${locale}`, 'briefs', { locale });
}

/** One page of briefs, newest first. */
export function useBriefPage(page: number) {
  const locale = useContentLocale();
  return useCmsQuery(`briefs:page:${locale}:${page}`, 'brief-page', { locale, page });
}

/** The newest issue, or null when none is published. */
export function useLatestBrief() {
  const locale = useContentLocale();
  return useCmsQuery(`brief:latest:${locale}`, 'latest-brief', { locale });
}
