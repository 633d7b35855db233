import type { Core } from '@strapi/strapi';
import { escapeMarkup } from '@blmk/shared-types';
import { ADMIN_ROLE_CODES } from '../admin-roles';
import { newsletterConfig } from '../newsletter/config';
import { sendMail } from '../newsletter/mailer';
import { commsOfficers, type ReviewState } from './documents';
import { ukDateTime } from './stages';

/** The type's name in a sentence ("the news item"). */
function typeName(strapi: Core.Strapi, uid: string): string {
  const name = (strapi.getModel(uid as 'api::brief.brief').info as { displayName?: string }).displayName ?? uid;
  return name.toLowerCase();
}

function editUrl(review: ReviewState): string {
  return `${newsletterConfig().cmsUrl}/admin/content-manager/collection-types/${review.uid}/${review.documentId}`;
}

/** A short plain mail to staff: paragraphs, then the link to the entry in the admin. */
function staffMail(to: string, subject: string, paragraphs: string[], url: string) {
  const html = `<!doctype html><html lang="en-GB"><body>${paragraphs.map((text) => `<p>${escapeMarkup(text).replace(/\n/g, '<br>')}</p>`).join('')}` +
    `<p><a href="${escapeMarkup(url)}">Open it in the admin</a></p></body></html>`;
  const text = [...paragraphs, `Open it in the admin: ${url}`, ''].join('\n\n');
  return { to, subject, html, text };
}

/** Mail is a courtesy: a failure is logged, never undoes the move. */
async function deliver(strapi: Core.Strapi, mails: ReturnType<typeof staffMail>[]): Promise<void> {
  for (const mail of mails) {
    try {
      await sendMail(strapi, mail);
    } catch (error) {
      strapi.log.warn(`[review] could not mail ${mail.to} (${mail.subject}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** Every comms officer: something entered "In review". */
export async function notifySubmitted(strapi: Core.Strapi, review: ReviewState, by: string, at: Date): Promise<void> {
  const officers = await commsOfficers(strapi, ADMIN_ROLE_CODES.commsOfficer);
  const what = typeName(strapi, review.uid);
  const subject = `Waiting for review: ${review.title}`;
  const lines = [`${by} submitted the ${what} "${review.title}" for review on ${ukDateTime(at)}.`, 'Approve it, or request changes with a comment, in its Review panel.'];
  await deliver(strapi, officers.map((officer) => staffMail(officer.email, subject, lines, editUrl(review))));
}

/**
 * Every comms officer: the scheduler refused to publish a contributor's work that is
 * not approved. `officers` is looked up by the caller, inside the scheduler's transaction,
 * so this touches no database and can run after it.
 */
export async function notifyScheduledPublishRefused(strapi: Core.Strapi, review: ReviewState, officers: Array<{ email: string }>, at: Date): Promise<void> {
  const what = typeName(strapi, review.uid);
  const subject = `Scheduled publish refused: ${review.title}`;
  const lines = [
    `The ${what} "${review.title}" was due to be published on ${ukDateTime(at)}, but it was not: it is a contributor's work at the review stage "${review.stage}".`,
    'Approve it in its Review panel, then publish it or schedule it again.',
  ];
  await deliver(strapi, officers.map((officer) => staffMail(officer.email, subject, lines, editUrl(review))));
}

/** The author: a comms officer wants changes, and says which. */
export async function notifyChangesRequested(strapi: Core.Strapi, review: ReviewState, by: string, at: Date, comment: string): Promise<void> {
  if (!review.author?.email) return;
  const what = typeName(strapi, review.uid);
  const subject = `Changes requested: ${review.title}`;
  const lines = [`${by} asked for changes to your ${what} "${review.title}" on ${ukDateTime(at)}. It is back in Draft.`, `Their comment:\n${comment}`, 'Make the changes, then submit it for review again.'];
  await deliver(strapi, [staffMail(review.author.email, subject, lines, editUrl(review))]);
}
