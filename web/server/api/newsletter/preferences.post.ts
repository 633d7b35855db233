/** The preferences form: saves the topics, then back to the page (in the reader's language). */
export default defineEventHandler(async (event) => {
  const body = await readFormBody(event);
  const locale = formLocale(body.locale);
  const token = cleanToken(body.token);
  if (!token) return sendRedirect(event, newsletterPage(locale, '/preferences'), 303);
  const topics = formList(body.topics);
  const reply = await callCmsNewsletter(event, 'preferences', { method: 'POST', body: { token, topics } });
  const page = `${newsletterPage(locale, '/preferences')}?token=${encodeURIComponent(token)}`;
  if (reply.status === 200) return sendRedirect(event, `${page}&saved=1`, 303);
  const errors = refusedFormErrors(reply, { topics }, 'topics-briefs');
  rememberForm(event, { form: 'preferences', topics, errors }, locale);
  return sendRedirect(event, page, 303);
});
