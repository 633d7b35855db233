/** The preferences form: saves the topics, then back to the page. */
export default defineEventHandler(async (event) => {
  const body = await readFormBody(event);
  const token = cleanToken(body.token);
  if (!token) return sendRedirect(event, '/newsletter/preferences', 303);
  const topics = formList(body.topics);
  const reply = await callCmsNewsletter(event, 'preferences', { method: 'POST', body: { token, topics } });
  const page = `/newsletter/preferences?token=${encodeURIComponent(token)}`;
  if (reply.status === 200) return sendRedirect(event, `${page}&saved=1`, 303);
  rememberForm(event, { form: 'preferences', topics, errors: reply.errors.length ? reply.errors : [{ field: 'topics-briefs', message: reply.message ?? 'Something went wrong.' }] });
  return sendRedirect(event, page, 303);
});
