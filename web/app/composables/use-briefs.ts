export function useBriefs() {
  const locale = useContentLocale();
  return useCmsQuery(`briefs:${locale}`, 'briefs', { locale });
}

/** The newest issue, or null when none is published. */
export function useLatestBrief() {
  const locale = useContentLocale();
  return useCmsQuery(`brief:latest:${locale}`, 'latest-brief', { locale });
}
