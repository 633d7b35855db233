import type { Core } from '@strapi/strapi';
import { LOCALE_FACTS, LOCALES } from '@blmk/shared-types';
import { SUBSCRIBER } from './subscriptions';

export interface SubscriberSummary {
  byStatus: { pending: number; confirmed: number; unsubscribed: number };
  /** Confirmed subscribers per topic: who a brief or a digest would go to. */
  confirmedByTopic: { briefs: number; vacancies: number; events: number };
  /** Confirmed subscribers per mail language, named as the admin names its locales. */
  confirmedByLanguage: Array<{ code: string; name: string; count: number }>;
}

/**
 * Counts only, for the admin's "Newsletter subscribers" page: comms officers see how many
 * get what without a list of addresses on screen (one address is looked up when asked,
 * for a subject access request or an erasure).
 */
export async function subscriberSummary(strapi: Core.Strapi): Promise<SubscriberSummary> {
  const count = (where: Record<string, unknown>) => strapi.db.query(SUBSCRIBER).count({ where }) as Promise<number>;
  const confirmed = { status: 'confirmed' };
  const [pending, confirmedCount, unsubscribed, briefs, vacancies, events, ...languages] = await Promise.all([
    count({ status: 'pending' }),
    count(confirmed),
    count({ status: 'unsubscribed' }),
    count({ ...confirmed, topicBriefs: true }),
    count({ ...confirmed, topicVacancies: true }),
    count({ ...confirmed, topicEvents: true }),
    ...LOCALES.map((language) => count({ ...confirmed, language })),
  ]);
  return {
    byStatus: { pending, confirmed: confirmedCount, unsubscribed },
    confirmedByTopic: { briefs, vacancies, events },
    confirmedByLanguage: LOCALES.map((code, index) => ({ code, name: LOCALE_FACTS[code].adminName, count: languages[index] ?? 0 })),
  };
}
