/**
 * The "Unsubscribe" button of /newsletter/unsubscribe. Also answers an RFC 8058
 * one-click POST (body `List-Unsubscribe=One-Click`, token in the URL) with a plain 200,
 * should a mail ever point its List-Unsubscribe header at the site.
 */
export default defineEventHandler(async (event) => {
  const body = await readFormBody(event);
  const oneClick = body['List-Unsubscribe'] === 'One-Click';
  const token = cleanToken(body.token ?? getQuery(event).token);
  const reply = token ? await callCmsNewsletter(event, 'unsubscribe', { method: 'POST', body: { token } }) : { status: 400 };
  if (oneClick) {
    setResponseStatus(event, reply.status === 200 ? 200 : 400);
    return reply.status === 200 ? 'Unsubscribed.' : 'This link is not valid.';
  }
  const page = newsletterPage(formLocale(body.locale), '/unsubscribe');
  return sendRedirect(event, `${page}?status=${reply.status === 200 ? 'done' : 'invalid'}`, 303);
});
