import type { Core } from '@strapi/strapi';
import { newsletterConfig, requireSecret } from './config';
import { confirmUrl, preferencesUrl } from './links';
import { sendMail } from './mailer';
import { alreadySubscribedMail, confirmationMail } from './render/notice-mail';
import { signToken, verifyToken, type TokenCheck } from './tokens';
import type { Locale } from '@blmk/shared-types';
import { topicFlags, topicsOf, type Topic } from './validate';

export const SUBSCRIBER = 'api::subscriber.subscriber';

export interface SubscriberRow {
  id: number;
  documentId: string;
  email: string;
  status: 'pending' | 'confirmed' | 'unsubscribed';
  topicBriefs: boolean | null;
  topicVacancies: boolean | null;
  topicEvents: boolean | null;
  language: string | null;
  consentAt: string | null;
  confirmationSentAt: string | null;
  confirmedAt: string | null;
  unsubscribedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Refused input that is not a validation error: a bad or expired link, a wrong state. */
export class SubscriptionError extends Error {
  constructor(
    message: string,
    readonly field: string = 'token',
  ) {
    super(message);
  }
}

/** At most one confirmation (or "already subscribed") mail per address in this time. */
const MAIL_INTERVAL_MS = 10 * 60 * 1000;

const subscribers = (strapi: Core.Strapi) => strapi.db.query(SUBSCRIBER);

export function findSubscriberByEmail(strapi: Core.Strapi, email: string): Promise<SubscriberRow | null> {
  return subscribers(strapi).findOne({ where: { email } });
}

function tokenMessage(check: Exclude<TokenCheck, { valid: true }>): string {
  if (check.reason === 'expired') return 'This link has expired. Subscribe again to get a new one.';
  return 'This link is not valid. Check that you copied the whole address from the e-mail.';
}

async function subscriberFromToken(strapi: Core.Strapi, token: unknown, purpose: 'confirm' | 'manage'): Promise<SubscriberRow | null> {
  const check = verifyToken(requireSecret(newsletterConfig()), token, purpose);
  if (!check.valid) throw new SubscriptionError(tokenMessage(check));
  return subscribers(strapi).findOne({ where: { documentId: check.subject } });
}

/**
 * Records the request and mails the address. What happens depends on whether the
 * address is known, but the caller always answers the same (see the controller), and
 * the mail goes out after the answer, so neither content nor timing says who subscribes.
 */
export async function subscribe(strapi: Core.Strapi, input: { email: string; topics: Topic[]; language: Locale }): Promise<void> {
  const secret = requireSecret(newsletterConfig());
  const now = new Date();
  const existing = await findSubscriberByEmail(strapi, input.email);
  const recentlyMailed = existing?.confirmationSentAt && now.getTime() - Date.parse(existing.confirmationSentAt) < MAIL_INTERVAL_MS;

  if (existing?.status === 'confirmed') {
    // Topics of a confirmed subscriber change only through their own preferences link.
    if (recentlyMailed) return;
    await subscribers(strapi).update({ where: { id: existing.id }, data: { confirmationSentAt: now } });
    mailInBackground(strapi, input.email, () => alreadySubscribedMail(preferencesUrl(newsletterConfig(), secret, existing.documentId, existing.language), existing.language));
    return;
  }

  const wanted = { ...topicFlags(input.topics), language: input.language, consentAt: now, status: 'pending' as const };
  let subscriber: { documentId: string };
  if (existing) {
    await subscribers(strapi).update({ where: { id: existing.id }, data: { ...wanted, unsubscribedAt: null } });
    if (recentlyMailed) return;
    subscriber = existing;
  } else {
    subscriber = await strapi.documents(SUBSCRIBER).create({ data: { email: input.email, ...wanted } });
  }
  await subscribers(strapi).update({ where: { documentId: subscriber.documentId }, data: { confirmationSentAt: now } });
  mailInBackground(strapi, input.email, () => confirmationMail(confirmUrl(newsletterConfig(), secret, subscriber.documentId, input.language), input.language));
}

/** Renders and sends after the HTTP answer, so the answer's timing says nothing either. */
function mailInBackground(strapi: Core.Strapi, to: string, render: () => Promise<{ subject: string; html: string; text: string }>): void {
  setImmediate(() => {
    render()
      .then((mail) => sendMail(strapi, { to, ...mail }))
      .catch((error: unknown) => {
        strapi.log.error(`Newsletter: could not send a subscription mail: ${error instanceof Error ? error.message : String(error)}`);
      });
  });
}

export interface PublicSubscription {
  email: string;
  status: SubscriberRow['status'];
  topics: Topic[];
  locale: string;
}

function publicView(row: SubscriberRow): PublicSubscription {
  return { email: row.email, status: row.status, topics: topicsOf(row), locale: row.language ?? 'en' };
}

const GONE = 'This subscription no longer exists. Subscribe again if you want to receive our news.';

export async function confirm(strapi: Core.Strapi, token: unknown): Promise<PublicSubscription & { manageToken: string }> {
  const row = await subscriberFromToken(strapi, token, 'confirm');
  if (!row) throw new SubscriptionError(GONE);
  if (row.status === 'unsubscribed') {
    throw new SubscriptionError('This address was unsubscribed after the link was sent. Subscribe again to receive our news.');
  }
  const updated: SubscriberRow =
    row.status === 'confirmed'
      ? row
      : await subscribers(strapi).update({
          where: { id: row.id },
          // The next subscribe request may mail again (an "already subscribed" notice).
          data: { status: 'confirmed', confirmedAt: new Date(), confirmationSentAt: null },
        });
  return { ...publicView(updated), manageToken: signToken(requireSecret(newsletterConfig()), 'manage', row.documentId) };
}

export async function preferences(strapi: Core.Strapi, token: unknown): Promise<PublicSubscription> {
  const row = await subscriberFromToken(strapi, token, 'manage');
  if (!row) throw new SubscriptionError(GONE);
  return publicView(row);
}

export async function updatePreferences(
  strapi: Core.Strapi,
  token: unknown,
  change: { topics: Topic[]; language?: Locale },
): Promise<PublicSubscription> {
  const row = await subscriberFromToken(strapi, token, 'manage');
  if (!row) throw new SubscriptionError(GONE);
  if (row.status !== 'confirmed') {
    throw new SubscriptionError(
      row.status === 'pending'
        ? 'Confirm your subscription first: use the link in the confirmation e-mail.'
        : 'This address is unsubscribed. Subscribe again to choose topics.',
    );
  }
  const data = { ...topicFlags(change.topics), ...(change.language ? { language: change.language } : {}) };
  return publicView(await subscribers(strapi).update({ where: { id: row.id }, data }));
}

/** Idempotent; succeeds for a valid token even when the subscriber was erased meanwhile. */
export async function unsubscribe(strapi: Core.Strapi, token: unknown): Promise<void> {
  const row = await subscriberFromToken(strapi, token, 'manage');
  if (!row || row.status === 'unsubscribed') return;
  await subscribers(strapi).update({ where: { id: row.id }, data: { status: 'unsubscribed', unsubscribedAt: new Date() } });
}
