import type { Core } from '@strapi/strapi';
import { newsletterConfig, requireSecret } from './config';
import { describeSmtpError, sendMail } from './mailer';
import { BRIEF, loadBrief, mainLanguage, publishedLanguages } from './brief-source';
import { renderBriefMail } from './render/brief-mail';
import { createSend, describeSend, personalise, SEND, SendError, type AdminUser, type SendRow } from './sends';
import { SUBSCRIBER } from './subscriptions';

/** Sending a brief: the test to oneself, the send to every briefs subscriber, its log. */

/** "Send test to me": the brief as subscribers will get it, to the admin's own address. */
export async function sendTest(strapi: Core.Strapi, documentId: string, language: string, user: AdminUser): Promise<{ to: string }> {
  const config = newsletterConfig();
  requireSecret(config);
  const brief = await loadBrief(strapi, documentId, language);
  if (!brief) throw new SendError(`There is no published brief ${documentId} in language "${language}". Publish it first.`, 404);
  const mail = await renderBriefMail(brief, config.siteUrl, language, { subjectPrefix: '[Test] ' });
  // The links work like a subscriber's but point at no one ("preview" is no subscriber).
  try {
    await sendMail(strapi, { to: user.email, ...personalise(mail, 'preview', language) });
  } catch (error) {
    throw new SendError(`The mail server refused the test mail: ${describeSmtpError(error).message}`, 502);
  }
  await strapi.service('api::audit-entry.audit-entry').record({
    action: 'newsletter-test-send',
    contentType: BRIEF,
    documentId,
    locale: language,
    entryTitle: brief.title,
  });
  return { to: user.email };
}

const starting = new Set<string>();

/** Fixes the recipient list and starts sending in the background; answers at once. */
export async function startSend(strapi: Core.Strapi, documentId: string, options: { again: boolean }, user: AdminUser) {
  requireSecret(newsletterConfig());
  // A double click must not start two sends: the check below and the insert are not atomic.
  if (starting.has(documentId)) throw new SendError('This brief is being sent right now. See its send log.', 409);
  starting.add(documentId);
  try {
    return await createBriefSend(strapi, documentId, options, user);
  } finally {
    starting.delete(documentId);
  }
}

async function createBriefSend(strapi: Core.Strapi, documentId: string, options: { again: boolean }, user: AdminUser) {
  const sends = strapi.db.query(SEND);
  if (await sends.findOne({ where: { briefDocumentId: documentId, status: 'sending' } })) {
    throw new SendError('This brief is being sent right now. See its send log.', 409);
  }
  const previous: SendRow | null = await sends.findOne({ where: { briefDocumentId: documentId, status: 'done' }, orderBy: { id: 'desc' } });
  if (previous && !options.again) {
    throw new SendError(`This brief was already sent (finished ${previous.finishedAt}). To send it again, send {"again": true}.`, 409);
  }
  const languages = await publishedLanguages(strapi, documentId);
  const fallback = mainLanguage(languages);
  const brief = fallback ? await loadBrief(strapi, documentId, fallback) : null;
  if (!fallback || !brief) throw new SendError(`There is no published brief ${documentId}. Publish it before sending.`, 404);

  const subscribers: Array<{ documentId: string; email: string; language: string | null }> = await strapi.db
    .query(SUBSCRIBER)
    .findMany({ where: { status: 'confirmed', topicBriefs: true }, select: ['documentId', 'email', 'language'], orderBy: { id: 'asc' } });
  const recipients = subscribers.map((subscriber) => ({
    documentId: subscriber.documentId,
    email: subscriber.email,
    // Each subscriber reads the brief in their language when it exists in it.
    language: subscriber.language && languages.includes(subscriber.language) ? subscriber.language : fallback,
  }));

  const send = await createSend(strapi, { kind: 'brief', briefDocumentId: documentId, briefTitle: brief.title.slice(0, 300) }, recipients, user);
  await strapi.service('api::audit-entry.audit-entry').record({
    action: 'newsletter-send',
    contentType: BRIEF,
    documentId,
    locale: fallback,
    entryTitle: brief.title,
    details: { sendDocumentId: send.documentId, recipients: recipients.length, again: Boolean(previous) },
  });
  return { sendDocumentId: send.documentId, recipients: recipients.length };
}

/** The send log of one brief: every send, newest first, with each recipient's outcome. */
export async function sendLog(strapi: Core.Strapi, briefDocumentId: string) {
  const sends: SendRow[] = await strapi.db.query(SEND).findMany({ where: { briefDocumentId }, orderBy: { id: 'desc' } });
  return Promise.all(sends.map((send) => describeSend(strapi, send)));
}
