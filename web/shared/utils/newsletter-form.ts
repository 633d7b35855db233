/**
 * The newsletter forms work without JavaScript: they POST to the site's server routes
 * (server/api/newsletter/*), which call the CMS and redirect back to a page. A refused
 * form's values and errors travel in a short-lived cookie, not in the URL, so the
 * address typed never lands in a URL or a server log.
 */
export const NEWSLETTER_FORM_COOKIE = 'blmk_newsletter_form';

/** The topics a reader can choose; their names are in i18n/locales (newsletter.topics.*). */
export const NEWSLETTER_TOPICS = [{ value: 'briefs' }, { value: 'vacancies' }, { value: 'events' }] as const;

export type NewsletterTopic = (typeof NEWSLETTER_TOPICS)[number]['value'];

/**
 * Why a form was refused. The page shows each code's sentence in the reader's language
 * (newsletter.errors.<code> in i18n/locales), never the CMS's own English message.
 */
export const NEWSLETTER_ERROR_CODES = ['emailMissing', 'emailFormat', 'topicsNone', 'topicsUnknown', 'tooMany', 'failed'] as const;
export type NewsletterErrorCode = (typeof NEWSLETTER_ERROR_CODES)[number];

export interface NewsletterFieldError {
  /** The form field's id, for the error summary's link. */
  field: string;
  code: NewsletterErrorCode;
}

export function isNewsletterErrorCode(value: unknown): value is NewsletterErrorCode {
  return NEWSLETTER_ERROR_CODES.includes(value as NewsletterErrorCode);
}

/**
 * The code of a field the CMS refused, from what the reader sent: the CMS checks the
 * same two things of each field (given at all, then well-formed or known).
 */
export function refusedFieldCode(field: string, sent: { email?: string; topics: string[] }): NewsletterErrorCode {
  if (field === 'email') return sent.email?.trim() ? 'emailFormat' : 'emailMissing';
  if (field === 'topics') return sent.topics.length ? 'topicsUnknown' : 'topicsNone';
  return 'failed';
}

export interface NewsletterFormState {
  form: 'subscribe' | 'preferences';
  email?: string;
  topics: string[];
  errors: NewsletterFieldError[];
}

/** The id of a field in the pages, so an error summary link moves focus to it. */
export function newsletterFieldId(field: string): string {
  return field === 'topics' ? 'topics-briefs' : field;
}
