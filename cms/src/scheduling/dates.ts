/**
 * The earliest closing date a published vacancy may still have today (UTC): one that
 * closed before it has had its grace days and goes. With 0 grace days a vacancy
 * closing on the 22nd stays all day on the 22nd and goes on the 23rd.
 */
export function vacancyCutoffDate(now: Date, graceDays: number): string {
  const cutoff = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - graceDays));
  return cutoff.toISOString().slice(0, 10);
}
