import type { Core } from '@strapi/strapi';
import type { Event, Vacancy } from '@blmk/shared-types';
import { newsletterConfig } from '../config';
import type { RenderedMail } from '../render/brief-mail';
import { londonDay, mailDate } from '../render/dates';
import { renderDigestMail } from '../render/digest-mail';
import type { MailSource, SendRow } from '../sends';
import type { SubscriberRow } from '../subscriptions';
import { EVENT, loadEntries, VACANCY } from './content';

export const DIGEST_SUBJECT_TYPE = 'newsletter-digest';
export type DigestTopic = 'vacancies' | 'events';

/** How the admin and the audit log name a digest: "Weekly digest of Monday 7 December 2026". */
export function digestTitle(issued: Date): string {
  return `Weekly digest of ${mailDate(issued, 'en') ?? issued.toISOString()}`;
}

/** The topics a delivery was fixed with that the subscriber still wants at their turn. */
export function stillWanted(topics: string | null, subscriber: Pick<SubscriberRow, 'topicVacancies' | 'topicEvents'>): DigestTopic[] {
  const fixed = (topics ?? '').split(',');
  const wanted: DigestTopic[] = [];
  if (fixed.includes('vacancies') && subscriber.topicVacancies) wanted.push('vacancies');
  if (fixed.includes('events') && subscriber.topicEvents) wanted.push('events');
  return wanted;
}

/**
 * A digest's mails: its items were fixed when it started; each is loaded and rendered
 * once per subscriber language and choice of topics.
 */
export async function digestMailSource(strapi: Core.Strapi, send: SendRow): Promise<MailSource> {
  const items = send.digestItems ?? { vacancies: [], events: [] };
  const issued = new Date(send.periodEnd ?? send.startedAt ?? Date.now());
  const rendered = new Map<string, Promise<RenderedMail | null>>();
  const mailFor = (language: string, topics: DigestTopic[]) => {
    const key = `${language} ${topics.join(',')}`;
    if (!rendered.has(key)) {
      rendered.set(
        key,
        (async () =>
          renderDigestMail({
            siteUrl: newsletterConfig().siteUrl,
            language,
            issued,
            today: londonDay(issued),
            vacancies: topics.includes('vacancies') ? await loadEntries<Vacancy>(strapi, VACANCY, items.vacancies, language) : [],
            events: topics.includes('events') ? await loadEntries<Event>(strapi, EVENT, items.events, language) : [],
          }))(),
      );
    }
    return rendered.get(key)!;
  };
  return {
    subject: { contentType: DIGEST_SUBJECT_TYPE, documentId: send.documentId, title: digestTitle(issued) },
    async mailFor(row, subscriber) {
      const topics = stillWanted(row.topics, subscriber);
      return topics.length ? mailFor(subscriber.language ?? row.language ?? 'en', topics) : null;
    },
  };
}
