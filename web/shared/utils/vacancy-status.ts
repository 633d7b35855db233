/**
 * Whether a vacancy can still be applied for. A vacancy without a closing date is
 * neither open nor closed: the site says the date was not given rather than guess.
 */
export type VacancyStatus = 'open' | 'closed' | 'closing-date-not-given';

/** `closingDate` and `today` are YYYY-MM-DD; the closing day itself is still open. */
export function vacancyStatus(closingDate: string | null | undefined, today: string): VacancyStatus {
  if (!closingDate) return 'closing-date-not-given';
  return closingDate >= today ? 'open' : 'closed';
}

export const VACANCY_STATUS_LABELS: Record<VacancyStatus, string> = {
  open: 'Open',
  closed: 'Closed',
  'closing-date-not-given': 'Closing date not given',
};
