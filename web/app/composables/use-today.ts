/**
 * Today's UK date (YYYY-MM-DD), decided once on the server and carried to the browser
 * in the payload, so "open" and "upcoming" read the same before and after hydration.
 */
export function useToday() {
  return useState('today', () => todayInLondon());
}
