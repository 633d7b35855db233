import type { Core } from '@strapi/strapi';
import { newsletterConfig, requireSecret } from '../config';
import { describeSmtpError, sendMail } from '../mailer';
import { createSend, describeSend, personalise, SEND, SendError, type AdminUser, type DeliveryRow, type DigestItems, type Recipient, type SendRow } from '../sends';
import { SUBSCRIBER, type SubscriberRow } from '../subscriptions';
import { chooseDigestItems } from './content';
import { digestConfig } from './config';
import { DIGEST_SUBJECT_TYPE, digestMailSource, digestTitle, type DigestTopic } from './digest-source';

/**
 * Starting a weekly digest, on schedule (scheduler.ts) or when a comms officer asks.
 * One combined mail per subscriber with the sections of the topics they chose, rather
 * than one mail per topic: one weekly mail is what readers asked for, and one delivery
 * per subscriber makes "exactly once" mean once per person.
 */

const WEEK_MS = 7 * 86_400_000;
let starting = false;

export type DigestStart =
  | { started: true; sendDocumentId: string; recipients: number; vacancies: number; events: number }
  | { started: false; reason: string };

export interface DigestRequest {
  user?: AdminUser;
  /** The scheduled time this digest is for; absent when asked for by hand. */
  scheduledFor?: Date;
  now?: Date;
}

/** Everything earlier digests listed, so a vacancy is new once. */
async function previousDigests(strapi: Core.Strapi): Promise<SendRow[]> {
  return strapi.db.query(SEND).findMany({ where: { kind: 'digest' }, select: ['id', 'documentId', 'digestItems', 'periodEnd', 'status', 'scheduledFor'], orderBy: { id: 'desc' } });
}

function recipientsOf(subscribers: Array<{ documentId: string; email: string; language: string | null; topicVacancies: boolean | null; topicEvents: boolean | null }>, items: DigestItems): Recipient[] {
  return subscribers.flatMap((subscriber) => {
    const topics: DigestTopic[] = [];
    if (subscriber.topicVacancies && items.vacancies.length) topics.push('vacancies');
    if (subscriber.topicEvents && items.events.length) topics.push('events');
    return topics.length ? [{ documentId: subscriber.documentId, email: subscriber.email, language: subscriber.language ?? 'en', topics: topics.join(',') }] : [];
  });
}

export async function startDigest(strapi: Core.Strapi, request: DigestRequest = {}): Promise<DigestStart> {
  requireSecret(newsletterConfig());
  // A double click, or the scheduler meeting a comms officer: one digest at a time.
  if (starting) throw new SendError('A digest is being started right now. See the digest log.', 409);
  starting = true;
  try {
    return await createDigest(strapi, request);
  } finally {
    starting = false;
  }
}

const NOTHING_NEW = 'Nothing to send: no vacancy was published since the last digest and no event is coming up.';

/** What a digest starting now would list: vacancies since the last digest, events ahead. */
async function nextDigestContent(strapi: Core.Strapi, now: Date) {
  const earlier = await previousDigests(strapi);
  const listedBefore = new Set(earlier.flatMap((send) => send.digestItems?.vacancies ?? []));
  const lastEnd = earlier.find((send) => send.periodEnd)?.periodEnd;
  const window = { periodStart: lastEnd ? new Date(lastEnd) : new Date(now.getTime() - WEEK_MS), periodEnd: now, eventWeeks: digestConfig().eventWeeks };
  return { earlier, window, items: await chooseDigestItems(strapi, window, listedBefore) };
}

async function createDigest(strapi: Core.Strapi, request: DigestRequest): Promise<DigestStart> {
  const now = request.now ?? new Date();
  const { earlier, window, items } = await nextDigestContent(strapi, now);
  if (earlier.some((send) => send.status === 'sending')) throw new SendError('A digest is being sent right now. See the digest log.', 409);
  const nothingNew = !items.vacancies.length && !items.events.length;
  if (nothingNew && !request.scheduledFor) throw new SendError(NOTHING_NEW, 409);

  const subscribers = nothingNew
    ? []
    : await strapi.db.query(SUBSCRIBER).findMany({
        where: { status: 'confirmed', $or: [{ topicVacancies: true }, { topicEvents: true }] },
        select: ['documentId', 'email', 'language', 'topicVacancies', 'topicEvents'],
        orderBy: { id: 'asc' },
      });
  const recipients = recipientsOf(subscribers, items);
  // A scheduled digest with nothing new is still written down (no recipients, done at
  // once): the scheduler sees its week as handled, and the log shows why nothing came.
  const send = await createSend(
    strapi,
    { kind: 'digest', digestItems: items, periodStart: window.periodStart.toISOString(), periodEnd: now.toISOString(), scheduledFor: request.scheduledFor?.toISOString() ?? null },
    recipients,
    request.user,
  );
  await strapi.service('api::audit-entry.audit-entry').record({
    action: 'newsletter-digest-send',
    contentType: DIGEST_SUBJECT_TYPE,
    documentId: send.documentId,
    entryTitle: digestTitle(now),
    actor: request.user ? { kind: 'admin', id: request.user.id, email: request.user.email } : { kind: 'scheduler' },
    details: { sendDocumentId: send.documentId, recipients: recipients.length, vacancies: items.vacancies.length, events: items.events.length },
  });
  if (nothingNew) return { started: false, reason: 'Nothing new this week: no mail sent.' };
  return { started: true, sendDocumentId: send.documentId, recipients: recipients.length, vacancies: items.vacancies.length, events: items.events.length };
}

/**
 * "Send test to me": the digest as it would go out now, with both topics, to the admin's
 * own address, in `language`. Changes nothing: the next digest still lists the same.
 */
export async function sendDigestTest(strapi: Core.Strapi, language: string, user: AdminUser): Promise<{ to: string; vacancies: number; events: number }> {
  requireSecret(newsletterConfig());
  const now = new Date();
  const { items } = await nextDigestContent(strapi, now);
  const source = await digestMailSource(strapi, { kind: 'digest', digestItems: items, periodEnd: now.toISOString() } as SendRow);
  const mail = await source.mailFor({ topics: 'vacancies,events', language } as DeliveryRow, { topicVacancies: true, topicEvents: true, language } as SubscriberRow);
  if (!mail) throw new SendError(NOTHING_NEW, 409);
  try {
    // The links work like a subscriber's but point at no one ("preview" is no subscriber).
    await sendMail(strapi, { to: user.email, ...personalise({ ...mail, subject: `[Test] ${mail.subject}` }, 'preview', language) });
  } catch (error) {
    throw new SendError(`The mail server refused the test mail: ${describeSmtpError(error).message}`, 502);
  }
  return { to: user.email, vacancies: items.vacancies.length, events: items.events.length };
}

/** Whether the scheduled run at `slot` was already made (within a second: databases round datetimes). */
export async function digestExistsFor(strapi: Core.Strapi, slot: Date): Promise<boolean> {
  const found = await strapi.db.query(SEND).findOne({
    where: { kind: 'digest', scheduledFor: { $gte: new Date(slot.getTime() - 1000), $lte: new Date(slot.getTime() + 1000) } },
    select: ['id'],
  });
  return Boolean(found);
}

/** The digest log: the latest digests, newest first, with counts; one with every recipient. */
export async function digestLog(strapi: Core.Strapi, limit = 20) {
  const sends: SendRow[] = await strapi.db.query(SEND).findMany({ where: { kind: 'digest' }, orderBy: { id: 'desc' }, limit });
  return Promise.all(sends.map(async (send) => ({ ...(await describeSend(strapi, send, false)), ...digestFacts(send) })));
}

export async function digestSendLog(strapi: Core.Strapi, documentId: string) {
  const send: SendRow | null = await strapi.db.query(SEND).findOne({ where: { documentId, kind: 'digest' } });
  if (!send) throw new SendError(`There is no digest ${documentId}.`, 404);
  return { ...(await describeSend(strapi, send)), ...digestFacts(send) };
}

function digestFacts(send: SendRow) {
  return {
    title: digestTitle(new Date(send.periodEnd ?? send.startedAt ?? Date.now())),
    periodStart: send.periodStart,
    periodEnd: send.periodEnd,
    scheduledFor: send.scheduledFor,
    vacancies: send.digestItems?.vacancies.length ?? 0,
    events: send.digestItems?.events.length ?? 0,
    recipientCount: send.recipientCount ?? 0,
  };
}
