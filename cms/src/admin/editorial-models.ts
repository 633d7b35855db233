import { EDITORIAL_CONTENT_TYPES } from '../content-types';

/** The editorial types (one list for the server and the admin): they have revisions, warnings and review stages. */
export const EDITORIAL_MODELS: ReadonlySet<string> = new Set(EDITORIAL_CONTENT_TYPES);

/** What editors call each editorial type. */
export const EDITORIAL_MODEL_NAMES: Readonly<Record<string, string>> = {
  'api::news-item.news-item': 'News item',
  'api::brief.brief': 'Brief',
  'api::vacancy.vacancy': 'Vacancy',
  'api::leadership-update.leadership-update': 'Leadership update',
  'api::event.event': 'Event',
};

/** In the admin's language (en-GB unless an editor chose another: day first, 24-hour clock). */
export function adminDateTime(value: string): string {
  return new Date(value).toLocaleString(document.documentElement.lang || 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** The message of a failed admin API call (Strapi's `{ error: { message } }`). */
export function errorMessage(error: unknown): string {
  const response = (error as { response?: { data?: { error?: { message?: string } } } }).response;
  return response?.data?.error?.message ?? (error instanceof Error ? error.message : String(error));
}

/** The HTTP status of a failed admin API call, when it got an answer. */
export function errorStatus(error: unknown): number | undefined {
  // Strapi's FetchError carries the status of the answer's `error`.
  return (error as { status?: number }).status;
}
