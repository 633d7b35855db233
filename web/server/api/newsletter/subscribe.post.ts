/** The subscribe form (POST, works without JavaScript): asks the CMS, then redirects. */
export default defineEventHandler(async (event) => {
  const body = await readFormBody(event);
  const email = formString(body.email) ?? '';
  const topics = formList(body.topics);
  const reply = await callCmsNewsletter(event, 'subscribe', {
    method: 'POST',
    body: { email, topics, locale: formString(body.locale) || 'en' },
  });
  if (reply.status === 202) return sendRedirect(event, '/newsletter?subscribed=1', 303);
  if (reply.status === 429) {
    rememberForm(event, { form: 'subscribe', email, topics, errors: [{ field: 'email', message: reply.message ?? 'Too many requests. Try again later.' }] });
  } else {
    rememberForm(event, { form: 'subscribe', email, topics, errors: reply.errors.length ? reply.errors : [{ field: 'email', message: reply.message ?? 'Something went wrong.' }] });
  }
  return sendRedirect(event, '/newsletter', 303);
});
