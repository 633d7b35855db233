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


/** How many days before its closing date an open vacancy is flagged "Closing soon". */
export const CLOSING_SOON_DAYS = 7;

/** What a vacancy's tag says: its status, with an open one closing within a week flagged. */
export type VacancyTag = VacancyStatus | 'closing-soon';

/** Whole days from `today` to `closingDate` (both YYYY-MM-DD); 0 on the closing day. */
function daysUntil(closingDate: string, today: string): number {
  return Math.round((Date.parse(`${closingDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export function vacancyTag(closingDate: string | null | undefined, today: string): VacancyTag {
  const status = vacancyStatus(closingDate, today);
  if (status === 'open' && closingDate && daysUntil(closingDate, today) < CLOSING_SOON_DAYS) return 'closing-soon';
  return status;
}
