/** The "Confirm your subscription" button of /newsletter/confirm. */
export default defineEventHandler(async (event) => {
  const token = cleanToken((await readFormBody(event)).token);
  const reply = token
    ? await callCmsNewsletter<{ manageToken: string }>(event, 'confirm', { method: 'POST', body: { token } })
    : { status: 400, message: 'invalid', errors: [] };
  if (reply.status === 200 && 'data' in reply && reply.data) {
    return sendRedirect(event, `/newsletter/confirm?status=confirmed&manage=${encodeURIComponent(reply.data.manageToken)}`, 303);
  }
  const status = /expired/i.test(reply.message ?? '') ? 'expired' : /unsubscribed/i.test(reply.message ?? '') ? 'unsubscribed' : 'invalid';
  return sendRedirect(event, `/newsletter/confirm?status=${status}`, 303);
});
