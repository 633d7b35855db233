import { factories } from '@strapi/strapi';
import type { Core, Utils } from '@strapi/strapi';

export type ActorKind = 'admin' | 'scheduler' | 'system' | 'public';

export interface Actor {
  kind: ActorKind;
  id?: number;
  email?: string;
}

export interface AuditRecord {
  /** A verb such as 'publish', 'unpublish', 'schedule-publish', 'newsletter-send'. */
  action: string;
  contentType?: string;
  documentId?: string;
  locale?: string | null;
  entryTitle?: string | null;
  /** Defaults to the admin user of the current request, else 'system'. */
  actor?: Actor;
  details?: Utils.JSONObject;
}

/** The admin user behind the current request, if any. */
export function actorFromRequest(strapi: Core.Strapi): Actor | undefined {
  const user = strapi.requestContext.get()?.state?.user as { id?: number; email?: string } | undefined;
  if (!user?.email) return undefined;
  return { kind: 'admin', id: user.id, email: user.email };
}

export default factories.createCoreService('api::audit-entry.audit-entry', ({ strapi }) => ({
  /** Appends one entry to the audit log. */
  async record(entry: AuditRecord): Promise<void> {
    const actor = entry.actor ?? actorFromRequest(strapi) ?? { kind: 'system' };
    await strapi.documents('api::audit-entry.audit-entry').create({
      data: {
        action: entry.action,
        subjectType: entry.contentType ?? undefined,
        subjectDocumentId: entry.documentId ?? undefined,
        subjectLocale: entry.locale ?? undefined,
        subjectTitle: entry.entryTitle?.slice(0, 300) ?? undefined,
        actorKind: actor.kind,
        actorId: actor.id ?? undefined,
        actorEmail: actor.email ?? undefined,
        details: entry.details ?? undefined,
        occurredAt: new Date().toISOString(),
      },
    });
  },
}));
