import type { Core } from '@strapi/strapi';
import { setTimeout as sleep } from 'node:timers/promises';
import { bareAddress, newsletterConfig, requireSecret } from './config';
import { listUnsubscribeHeaders, preferencesUrl, unsubscribePageUrl } from './links';
import { mailSourceFor } from './mail-sources';
import { describeSmtpError, isPermanent, sendMail } from './mailer';
import type { RenderedMail } from './render/brief-mail';
import { fillRecipientLinks } from './render/layout';
import { SUBSCRIBER, type SubscriberRow } from './subscriptions';

/**
 * Sending a newsletter mail (a brief, or the weekly digest) to its subscribers, resumably.
 * What is mailed differs by kind (mail-sources.ts); how it is sent is the same:
 *
 * 1. `createSend` writes a newsletter-send and one `pending` delivery per recipient in
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
const MAX_ATTEMPTS = 3;

export type SendKind = 'brief' | 'digest';

export class SendError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 | 502,
  ) {
    super(message);
  }
}

/** The vacancies and events a digest lists, fixed when it starts so a resumed send mails the same. */
export interface DigestItems {
  vacancies: string[];
  events: string[];
}

export interface SendRow {
  id: number;
  documentId: string;
  /** Null on sends from before digests: briefs. */
  kind: SendKind | null;
  briefDocumentId: string | null;
  briefTitle: string | null;
  digestItems: DigestItems | null;
  periodStart: string | null;
  periodEnd: string | null;
  scheduledFor: string | null;
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
  /** A digest's topics for this recipient, comma-separated ("vacancies,events"). */
  topics: string | null;
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

export interface Recipient {
  documentId: string;
  email: string;
  /** The language the mail's content is rendered in for them. */
  language: string;
  topics?: string;
}

/** What a kind of send mails each recipient; mail-sources.ts makes one per send. */
export interface MailSource {
  /** The mail for this recipient now, or null when they no longer want it (then skipped). */
  mailFor(row: DeliveryRow, subscriber: SubscriberRow): Promise<RenderedMail | null>;
  /** What the audit entry of the finished send is about. */
  subject: { contentType: string; documentId?: string; title: string | null };
}

function messageDomain(): string {
  return bareAddress(process.env.EMAIL_FROM)?.split('@')[1] ?? 'blmk.local';
}

/** A mail with one recipient's links (to the pages in their language) and headers. */
export function personalise(mail: RenderedMail, subscriberId: string, language: string | null | undefined) {
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

type NewSend = Pick<SendRow, 'kind'> & Partial<Pick<SendRow, 'briefDocumentId' | 'briefTitle' | 'digestItems' | 'periodStart' | 'periodEnd' | 'scheduledFor'>>;

/** Fixes the recipient list (one transaction) and starts sending in the background. */
export async function createSend(strapi: Core.Strapi, fields: NewSend, recipients: Recipient[], user: AdminUser | undefined): Promise<SendRow> {
  const send: SendRow = await strapi.db.transaction(async () => {
    const created: SendRow = await strapi.db.query(SEND).create({
      data: {
        ...fields,
        status: 'sending',
        requestedById: user?.id ?? null,
        requestedByEmail: user?.email ?? null,
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
          language: recipient.language,
          topics: recipient.topics ?? null,
          status: 'pending',
          attempts: 0,
        })),
      });
    }
    return created;
  });
  void runSend(strapi, send.documentId);
  return send;
}

const running = new Set<string>();
let stopping = false;

/** Called when the CMS shuts down: finish the mail in hand, start no other. */
export function stopSending(): void {
  stopping = true;
}

export function isStopping(): boolean {
  return stopping;
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
  const source = await mailSourceFor(strapi, send);

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
      const outcome = await deliverOne(strapi, send, row, source);
      if (outcome === 'retry-later') await sleep(2_000 * (row.attempts ?? 1));
    }
    const remaining = await deliveries.count({ where: { sendDocumentId, status: 'pending' } });
    if (remaining && config.batchPauseMs) await sleep(config.batchPauseMs);
  }
  if (stopping) return;

  await strapi.db.query(SEND).update({ where: { id: send.id }, data: { status: 'done', finishedAt: new Date() } });
  const counts = await deliveryCounts(strapi, sendDocumentId);
  strapi.log.info(`Newsletter send ${sendDocumentId} (${send.kind ?? 'brief'}) finished: ${JSON.stringify(counts)}.`);
  await strapi.service('api::audit-entry.audit-entry').record({
    action: 'newsletter-send-finished',
    contentType: source.subject.contentType,
    documentId: source.subject.documentId,
    entryTitle: source.subject.title,
    actor: { kind: 'system' },
    details: { sendDocumentId, kind: send.kind ?? 'brief', ...counts },
  });
}

type Outcome = 'sent' | 'failed' | 'skipped' | 'retry-later' | 'not-mine';

async function skip(strapi: Core.Strapi, row: DeliveryRow, why: string): Promise<Outcome> {
  await strapi.db.query(DELIVERY).update({ where: { id: row.id }, data: { status: 'skipped', error: why } });
  return 'skipped';
}

async function deliverOne(strapi: Core.Strapi, send: SendRow, row: DeliveryRow, source: MailSource): Promise<Outcome> {
  const deliveries = strapi.db.query(DELIVERY);
  const attempts = (row.attempts ?? 0) + 1;
  const claim = await deliveries.updateMany({ where: { id: row.id, status: 'pending' }, data: { status: 'sending', attempts } });
  if (claim.count !== 1) return 'not-mine';

  // Subscribers who unsubscribed or were erased after the list was fixed get nothing.
  const subscriber: SubscriberRow | null = row.subscriberDocumentId
    ? await strapi.db.query(SUBSCRIBER).findOne({ where: { documentId: row.subscriberDocumentId } })
    : null;
  if (!row.email || !subscriber || subscriber.status !== 'confirmed') return skip(strapi, row, 'Unsubscribed or erased before their turn.');

  const messageId = `<newsletter.${send.documentId}.${row.id}@${messageDomain()}>`;
  try {
    const mail = await source.mailFor(row, subscriber);
    if (!mail) return skip(strapi, row, 'No longer subscribed to this topic when their turn came.');
    const info = await sendMail(strapi, { to: row.email, messageId, ...personalise(mail, subscriber.documentId, subscriber.language) });
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

/** One send as its log shows it: who asked, when, each recipient's outcome (erased ones without their address). */
export async function describeSend(strapi: Core.Strapi, send: SendRow, withDeliveries = true) {
  const rows: DeliveryRow[] = withDeliveries
    ? await strapi.db.query(DELIVERY).findMany({ where: { sendDocumentId: send.documentId }, orderBy: { id: 'asc' } })
    : [];
  return {
    documentId: send.documentId,
    kind: send.kind ?? 'brief',
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
}
