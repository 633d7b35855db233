import { useCookie } from '#imports';

/**
 * The values and errors of a refused newsletter form (see shared/utils/newsletter-form.ts),
 * read once: the cookie is cleared as it is read, so a reload shows a clean form.
 */
export function useNewsletterForm(form: NewsletterFormState['form']): NewsletterFormState | undefined {
  const cookie = useCookie<NewsletterFormState | null>(NEWSLETTER_FORM_COOKIE, { path: '/newsletter' });
  const state = cookie.value;
  if (state) cookie.value = null;
  if (!state || state.form !== form || !Array.isArray(state.errors) || !Array.isArray(state.topics)) return undefined;
  return state;
}
