/** The subscribe form (POST, works without JavaScript): asks the CMS, then redirects to the reader's language. */
export default defineEventHandler(async (event) => {
  const body = await readFormBody(event);
  const email = formString(body.email) ?? '';
  const topics = formList(body.topics);
  const locale = formLocale(body.locale);
  const reply = await callCmsNewsletter(event, 'subscribe', { method: 'POST', body: { email, topics, locale } });
  if (reply.status === 202) return sendRedirect(event, `${newsletterPage(locale)}?subscribed=1`, 303);
  const errors = refusedFormErrors(reply, { email, topics }, 'email');
  rememberForm(event, { form: 'subscribe', email, topics, errors }, locale);
  return sendRedirect(event, newsletterPage(locale), 303);
});
