/** A subscriber's current choices, for the preferences page (token from their e-mail). */
export default defineEventHandler(async (event) => {
  const token = cleanToken(getQuery(event).token);
  if (!token) throw createError({ statusCode: 400, statusMessage: 'This link is not valid.' });
  const reply = await callCmsNewsletter<{ email: string; status: string; topics: string[]; locale: string }>(event, 'preferences', {
    method: 'GET',
    query: { token },
  });
  if (reply.status !== 200 || !reply.data) throw createError({ statusCode: 400, statusMessage: reply.message ?? 'This link is not valid.' });
  return reply.data;
});
