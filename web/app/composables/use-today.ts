/**
 * Today's UK date (YYYY-MM-DD), decided once per request, so everything on a page
 * ("open", "upcoming", "has taken place") agrees on the day.
 */
export function useToday(): string {
  return useState('today', () => todayInLondon()).value;
}
