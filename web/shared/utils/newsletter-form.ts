/**
 * The newsletter forms work without JavaScript: they POST to the site's server routes
 * (server/api/newsletter/*), which call the CMS and redirect back to a page. A refused
 * form's values and errors travel in a short-lived cookie, not in the URL, so the
 * address typed never lands in a URL or a server log.
 */
export const NEWSLETTER_FORM_COOKIE = 'blmk_newsletter_form';

export const NEWSLETTER_TOPICS = [
  { value: 'briefs', label: 'The Central Brief', hint: 'Our monthly newsletter' },
  { value: 'vacancies', label: 'Vacancies', hint: 'Jobs across the partnership' },
  { value: 'events', label: 'Events', hint: 'Engagement events and meetings in public' },
] as const;

export type NewsletterTopic = (typeof NEWSLETTER_TOPICS)[number]['value'];

export interface NewsletterFieldError {
  /** The form field's id, for the error summary's link. */
  field: string;
  message: string;
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
