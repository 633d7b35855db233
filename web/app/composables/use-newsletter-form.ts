import { useCookie, useRoutes, useState } from '#imports';

function isFormState(value: unknown, form: NewsletterFormState['form']): value is NewsletterFormState {
  const state = value as NewsletterFormState | null | undefined;
  return (
    Boolean(state) &&
    state!.form === form &&
    Array.isArray(state!.topics) &&
    Array.isArray(state!.errors) &&
    state!.errors.every((error) => typeof error?.field === 'string' && isNewsletterErrorCode(error.code))
  );
}

/**
 * The values and errors of a refused newsletter form (see shared/utils/newsletter-form.ts).
 * Read once, on the server: the cookie is cleared as it is read (a reload shows a clean
 * form), and the page that reads it is rendered on the server only.
 */
export function useNewsletterForm(form: NewsletterFormState['form']): NewsletterFormState | undefined {
  const state = useState<NewsletterFormState | null>(`newsletter-form:${form}`, () => {
    if (!import.meta.server) return null;
    const cookie = useCookie<NewsletterFormState | null>(NEWSLETTER_FORM_COOKIE, { path: useRoutes().page('newsletter') });
    const value = cookie.value;
    if (value) cookie.value = null;
    return isFormState(value, form) ? value : null;
  });
  return state.value ?? undefined;
}
