export function useLeadershipUpdates() {
  const locale = useContentLocale();
  return useCmsQuery(`leadership-updates:${locale}`, 'leadership-updates', { locale });
}
