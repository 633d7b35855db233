/** The "Confirm your subscription" button of /newsletter/confirm (back to the page in the reader's language). */
export default defineEventHandler(async (event) => {
  const body = await readFormBody(event);
  const page = newsletterPage(formLocale(body.locale), '/confirm');
  const token = cleanToken(body.token);
  const reply = token
    ? await callCmsNewsletter<{ manageToken: string }>(event, 'confirm', { method: 'POST', body: { token } })
    : { status: 400, message: 'invalid', refusedFields: [] };
  if (reply.status === 200 && 'data' in reply && reply.data) {
    return sendRedirect(event, `${page}?status=confirmed&manage=${encodeURIComponent(reply.data.manageToken)}`, 303);
  }
  const status = /expired/i.test(reply.message ?? '') ? 'expired' : /unsubscribed/i.test(reply.message ?? '') ? 'unsubscribed' : 'invalid';
  return sendRedirect(event, `${page}?status=${status}`, 303);
});
