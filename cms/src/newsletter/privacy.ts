import type { Core } from '@strapi/strapi';
import { DELIVERY, type DeliveryRow } from './sends';
import { findSubscriberByEmail, SUBSCRIBER } from './subscriptions';

/** Subject access: everything the CMS stores about one address. */
export async function exportSubscriber(strapi: Core.Strapi, email: string) {
  const subscriber = await findSubscriberByEmail(strapi, email);
  const deliveries: DeliveryRow[] = await strapi.db.query(DELIVERY).findMany({
    where: subscriber ? { $or: [{ email }, { subscriberDocumentId: subscriber.documentId }] } : { email },
    orderBy: { id: 'asc' },
  });
  if (!subscriber && !deliveries.length) return null;
  return {
    email,
    exportedAt: new Date().toISOString(),
    subscriber,
    deliveries: deliveries.map(({ id: _id, ...row }) => row),
  };
}

/**
 * Erasure: deletes the subscriber and blanks the address in their delivery rows. The
 * rows themselves stay (without personal data), so a brief's send log still adds up.
 */
export async function eraseSubscriber(strapi: Core.Strapi, email: string) {
  const subscriber = await findSubscriberByEmail(strapi, email);
  const where = subscriber ? { $or: [{ email }, { subscriberDocumentId: subscriber.documentId }] } : { email };
  const anonymised = await strapi.db.query(DELIVERY).updateMany({
    where,
    data: { email: null, subscriberDocumentId: null, erasedAt: new Date() },
  });
  if (subscriber) await strapi.db.query(SUBSCRIBER).delete({ where: { id: subscriber.id } });
  if (!subscriber && !anonymised.count) return null;
  await strapi.service('api::audit-entry.audit-entry').record({
    action: 'newsletter-erase',
    contentType: SUBSCRIBER,
    // No address in the audit log: it would keep the personal data just erased.
    details: { subscriberErased: Boolean(subscriber), deliveriesAnonymised: anonymised.count },
  });
  return { subscriberErased: Boolean(subscriber), deliveriesAnonymised: anonymised.count };
}
