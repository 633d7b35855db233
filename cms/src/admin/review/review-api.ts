/** What GET /blmk/review/:model/:documentId answers (cms/src/review/moves.ts reviewFor). */
export interface Review {
  stage: 'Draft' | 'In review' | 'Approved';
  by: string | null;
  at: string | null;
  comment: string | null;
  author: string | null;
  reviewRequired: boolean;
  moves: Array<'submit' | 'approve' | 'request-changes'>;
}

/** One entry of GET /blmk/review/waiting. */
export interface WaitingItem {
  uid: string;
  documentId: string;
  title: string;
  by: string | null;
  at: string | null;
}

/** The types with a review (cms/src/content-types.ts EDITORIAL_CONTENT_TYPES). */
export const REVIEWED_MODELS = new Set([
  'api::news-item.news-item',
  'api::brief.brief',
  'api::vacancy.vacancy',
  'api::leadership-update.leadership-update',
  'api::event.event',
]);

/** In the admin's language (en-GB unless an editor chose another: day first, 24-hour clock). */
export function whenText(iso: string): string {
  return new Date(iso).toLocaleString(document.documentElement.lang || 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function errorMessage(error: unknown): string {
  const response = (error as { response?: { data?: { error?: { message?: string } } } }).response;
  return response?.data?.error?.message ?? (error instanceof Error ? error.message : String(error));
}
