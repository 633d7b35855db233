export function useLeadershipUpdates() {
  return useLocalisedList('leadership-updates', 'leadership-updates', {});
}
