import type { Core } from '@strapi/strapi';
import { setTimeout as sleep } from 'node:timers/promises';
import { populateOf } from '../utils/populate';
import { bareAddress, newsletterConfig, requireSecret } from './config';
import { listUnsubscribeHeaders, preferencesUrl, unsubscribePageUrl } from './links';
import { describeSmtpError, isPermanent, sendMail } from './mailer';
import type { Brief } from '@blmk/shared-types';
import { renderBriefMail, type RenderedMail } from './render/brief-mail';
import { fillRecipientLinks } from './render/layout';
import { SUBSCRIBER } from './subscriptions';

/**
 * Sending a brief to its subscribers, resumably.
 *
 * 1. `startSend` writes a newsletter-send and one `pending` delivery per recipient in
 *    one transaction, before any mail goes out: the recipient list is fixed then.
 * 2. `runSend` works through pending deliveries in batches (NEWSLETTER_BATCH_SIZE,
 *    pausing NEWSLETTER_BATCH_PAUSE_MS between batches), one mail at a time: it marks the
 *    row `sending` (a conditional update, so one process owns it), hands the mail to
 *    SMTP, and marks it `sent` as soon as the server accepted it (or `failed`).
 * 3. At bootstrap, every send still `sending` resumes (`resumeUnfinishedSends`).
 *
 * The crash window: if the CMS dies after the SMTP server accepted a mail but before
 * the row says `sent` (a few milliseconds), the row is still `sending` at restart and
 * nobody can know whether that one mail left. We send it again, with the same
 * Message-ID (mail systems that deduplicate by Message-ID show it once). Choosing
 * "again" over "skip" means a crash can at worst give ONE recipient a second copy of
 * the same message, never silently drop anyone; mails are sent one at a time so at
 * most one row per send is ever `sending`. A mail the server had not accepted when the
 * CMS died (the usual case: the kill lands during the SMTP dialogue) is sent exactly
 * once after the restart. The delivery keeps a note and an attempt count either way.
 */

export const SEND = 'api::newsletter-send.newsletter-send';
export const DELIVERY = 'api::newsletter-delivery.newsletter-delivery';
const BRIEF = 'api::brief.brief';
const MAX_ATTEMPTS = 3;

export class SendError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 | 502,
  ) {
    super(message);
  }
}

export interface SendRow {
  id: number;
  documentId: string;
  briefDocumentId: string;
  briefTitle: string | null;
  status: 'sending' | 'done';
  requestedById: number | null;
  requestedByEmail: string | null;
  recipientCount: number | null;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface DeliveryRow {
  id: number;
  documentId: string;
  sendDocumentId: string;
  subscriberDocumentId: string | null;
  email: string | null;
  language: string | null;
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'skipped';
  attempts: number | null;
  error: string | null;
  messageId: string | null;
  sentAt: string | null;
  erasedAt: string | null;
}

export interface AdminUser {
  id: number;
  email: string;
}

async function loadBrief(strapi: Core.Strapi, documentId: string, language: string): Promise<Brief | null> {
  const brief = await strapi.documents(BRIEF).findOne({ documentId, locale: language, status: 'published', populate: populateOf('brief') });
  return brief as unknown as Brief | null;
}

async function publishedLanguages(strapi: Core.Strapi, documentId: string): Promise<string[]> {
  const rows: Array<{ locale: string }> = await strapi.db
    .query(BRIEF)
    .findMany({ where: { documentId, publishedAt: { $notNull: true } }, select: ['locale'] });
  return [...new Set(rows.map((row) => row.locale))];
}

function mainLanguage(languages: string[]): string | undefined {
  return languages.includes('en') ? 'en' : languages[0];
}

function messageDomain(): string {
  return bareAddress(process.env.EMAIL_FROM)?.split('@')[1] ?? 'blmk.local';
}

/** The brief's mail with one recipient's links (to the pages in their language) and headers. */
function personalise(mail: RenderedMail, subscriberId: string, language: string | null | undefined) {
  const config = newsletterConfig();
  const secret = requireSecret(config);
  const links = {
    unsubscribeUrl: unsubscribePageUrl(config, secret, subscriberId, language),
    preferencesUrl: preferencesUrl(config, secret, subscriberId, language),
  };
  return {
    subject: mail.subject,
    html: fillRecipientLinks(mail.html, links, true),
    text: fillRecipientLinks(mail.text, links, false),
    headers: listUnsubscribeHeaders(config, secret, subscriberId),
  };
}

/** "Send test to me": the brief as subscribers will get it, to the admin's own address. */
export async function sendTest(strapi: Core.Strapi, documentId: string, language: string, user: AdminUser): Promise<{ to: string }> {
  const config = newsletterConfig();
  requireSecret(config);
  const brief = await loadBrief(strapi, documentId, language);
  if (!brief) throw new SendError(`There is no published brief ${documentId} in language "${language}". Publish it first.`, 404);
  const mail = await renderBriefMail(brief, config.siteUrl, language, '[Test] ');
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
    return await createSend(strapi, documentId, options, user);
  } finally {
    starting.delete(documentId);
  }
}

async function createSend(strapi: Core.Strapi, documentId: string, options: { again: boolean }, user: AdminUser) {
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

  const recipients: Array<{ documentId: string; email: string; language: string | null }> = await strapi.db
    .query(SUBSCRIBER)
    .findMany({ where: { status: 'confirmed', topicBriefs: true }, select: ['documentId', 'email', 'language'], orderBy: { id: 'asc' } });

  const send: SendRow = await strapi.db.transaction(async () => {
    const created: SendRow = await sends.create({
      data: {
        briefDocumentId: documentId,
        briefTitle: brief.title.slice(0, 300),
        status: 'sending',
        requestedById: user.id,
        requestedByEmail: user.email,
        recipientCount: recipients.length,
        startedAt: new Date(),
      },
    });
    for (let start = 0; start < recipients.length; start += 200) {
      await strapi.db.query(DELIVERY).createMany({
        data: recipients.slice(start, start + 200).map((recipient) => ({
          sendDocumentId: created.documentId,
          subscriberDocumentId: recipient.documentId,
          email: recipient.email,
          // Each subscriber reads the brief in their language when it exists in it.
          language: recipient.language && languages.includes(recipient.language) ? recipient.language : fallback,
          status: 'pending',
          attempts: 0,
        })),
      });
    }
    return created;
  });

  await strapi.service('api::audit-entry.audit-entry').record({
    action: 'newsletter-send',
    contentType: BRIEF,
    documentId,
    locale: fallback,
    entryTitle: brief.title,
    details: { sendDocumentId: send.documentId, recipients: recipients.length, again: Boolean(previous) },
  });
  void runSend(strapi, send.documentId);
  return { sendDocumentId: send.documentId, recipients: recipients.length };
}

const running = new Set<string>();
let stopping = false;

/** Called when the CMS shuts down: finish the mail in hand, start no other. */
export function stopSending(): void {
  stopping = true;
}

export function resumeUnfinishedSends(strapi: Core.Strapi): Promise<void> {
  stopping = false;
  return strapi.db
    .query(SEND)
    .findMany({ where: { status: 'sending' }, select: ['documentId'] })
    .then((unfinished: Array<{ documentId: string }>) => {
      for (const send of unfinished) {
        strapi.log.info(`Newsletter: resuming send ${send.documentId}.`);
        void runSend(strapi, send.documentId);
      }
    });
}

export async function runSend(strapi: Core.Strapi, sendDocumentId: string): Promise<void> {
  if (running.has(sendDocumentId)) return;
  running.add(sendDocumentId);
  try {
    await deliverAll(strapi, sendDocumentId);
  } catch (error) {
    if (!stopping) strapi.log.error(`Newsletter send ${sendDocumentId} stopped: ${error instanceof Error ? error.stack : String(error)}`);
  } finally {
    running.delete(sendDocumentId);
  }
}

async function deliverAll(strapi: Core.Strapi, sendDocumentId: string): Promise<void> {
  const send: SendRow | null = await strapi.db.query(SEND).findOne({ where: { documentId: sendDocumentId } });
  if (!send || send.status !== 'sending') return;
  const deliveries = strapi.db.query(DELIVERY);
  // Only a process that died leaves rows `sending` (see the crash window above).
  await deliveries.updateMany({
    where: { sendDocumentId, status: 'sending' },
    data: { status: 'pending', error: 'Interrupted while being handed to the mail server; sent again with the same Message-ID.' },
  });

  const languages = await publishedLanguages(strapi, send.briefDocumentId);
  const rendered = new Map<string, Promise<RenderedMail>>();
  const mailIn = (language: string): Promise<RenderedMail> => {
    const chosen = languages.includes(language) ? language : (mainLanguage(languages) ?? language);
    if (!rendered.has(chosen)) {
      rendered.set(
        chosen,
        loadBrief(strapi, send.briefDocumentId, chosen).then((brief) => {
          if (!brief) throw new Error(`Brief ${send.briefDocumentId} (${chosen}) is no longer published.`);
          return renderBriefMail(brief, newsletterConfig().siteUrl, chosen);
        }),
      );
    }
    return rendered.get(chosen)!;
  };

  while (!stopping) {
    const config = newsletterConfig();
    const batch: DeliveryRow[] = await deliveries.findMany({
      where: { sendDocumentId, status: 'pending' },
      orderBy: { id: 'asc' },
      limit: config.batchSize,
    });
    if (!batch.length) break;
    for (const row of batch) {
      if (stopping) return;
      const outcome = await deliverOne(strapi, send, row, mailIn);
      if (outcome === 'retry-later') await sleep(2_000 * (row.attempts ?? 1));
    }
    const remaining = await deliveries.count({ where: { sendDocumentId, status: 'pending' } });
    if (remaining && config.batchPauseMs) await sleep(config.batchPauseMs);
  }
  if (stopping) return;

  await strapi.db.query(SEND).update({ where: { id: send.id }, data: { status: 'done', finishedAt: new Date() } });
  const counts = await deliveryCounts(strapi, sendDocumentId);
  strapi.log.info(`Newsletter send ${sendDocumentId} finished: ${JSON.stringify(counts)}.`);
  await strapi.service('api::audit-entry.audit-entry').record({
    action: 'newsletter-send-finished',
    contentType: BRIEF,
    documentId: send.briefDocumentId,
    entryTitle: send.briefTitle,
    actor: { kind: 'system' },
    details: { sendDocumentId, ...counts },
  });
}

type Outcome = 'sent' | 'failed' | 'skipped' | 'retry-later' | 'not-mine';

async function deliverOne(
  strapi: Core.Strapi,
  send: SendRow,
  row: DeliveryRow,
  mailIn: (language: string) => Promise<RenderedMail>,
): Promise<Outcome> {
  const deliveries = strapi.db.query(DELIVERY);
  const attempts = (row.attempts ?? 0) + 1;
  const claim = await deliveries.updateMany({ where: { id: row.id, status: 'pending' }, data: { status: 'sending', attempts } });
  if (claim.count !== 1) return 'not-mine';

  // Subscribers who unsubscribed or were erased after the list was fixed get nothing.
  const subscriber = row.subscriberDocumentId
    ? await strapi.db.query(SUBSCRIBER).findOne({ where: { documentId: row.subscriberDocumentId }, select: ['status', 'topicBriefs', 'language'] })
    : null;
  if (!row.email || !subscriber || subscriber.status !== 'confirmed' || !subscriber.topicBriefs) {
    await deliveries.update({ where: { id: row.id }, data: { status: 'skipped', error: 'Unsubscribed or erased before their turn.' } });
    return 'skipped';
  }

  const messageId = `<newsletter.${send.documentId}.${row.id}@${messageDomain()}>`;
  try {
    const mail = personalise(await mailIn(row.language ?? 'en'), row.subscriberDocumentId!, subscriber.language);
    const info = await sendMail(strapi, { to: row.email, messageId, ...mail });
    await deliveries.update({ where: { id: row.id }, data: { status: 'sent', sentAt: new Date(), messageId: info.messageId ?? messageId } });
    return 'sent';
  } catch (error) {
    const failure = describeSmtpError(error);
    const final = isPermanent(failure) || attempts >= MAX_ATTEMPTS;
    await deliveries.update({ where: { id: row.id }, data: { status: final ? 'failed' : 'pending', error: failure.message, messageId } });
    return final ? 'failed' : 'retry-later';
  }
}

export async function deliveryCounts(strapi: Core.Strapi, sendDocumentId: string): Promise<Record<DeliveryRow['status'], number>> {
  const counts = { pending: 0, sending: 0, sent: 0, failed: 0, skipped: 0 };
  for (const status of Object.keys(counts) as Array<DeliveryRow['status']>) {
    counts[status] = await strapi.db.query(DELIVERY).count({ where: { sendDocumentId, status } });
  }
  return counts;
}

/** The send log of one brief: every send, newest first, with each recipient's outcome. */
export async function sendLog(strapi: Core.Strapi, briefDocumentId: string) {
  const sends: SendRow[] = await strapi.db.query(SEND).findMany({ where: { briefDocumentId }, orderBy: { id: 'desc' } });
  return Promise.all(
    sends.map(async (send) => {
      const rows: DeliveryRow[] = await strapi.db.query(DELIVERY).findMany({ where: { sendDocumentId: send.documentId }, orderBy: { id: 'asc' } });
      return {
        documentId: send.documentId,
        status: send.status,
        requestedByEmail: send.requestedByEmail,
        startedAt: send.startedAt,
        finishedAt: send.finishedAt,
        counts: await deliveryCounts(strapi, send.documentId),
        deliveries: rows.map((row) => ({
          email: row.erasedAt ? null : row.email,
          status: row.status,
          attempts: row.attempts ?? 0,
          sentAt: row.sentAt,
          error: row.error,
          messageId: row.messageId,
          erased: Boolean(row.erasedAt),
        })),
      };
    }),
  );
}
