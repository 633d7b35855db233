import type { Core } from '@strapi/strapi';
import type { AuditRecord } from '../api/audit-entry/services/audit-entry';

interface AuditService {
  record(entry: AuditRecord): Promise<void>;
}

/** Appends to the project's audit log (cms/src/api/audit-entry). */
export function recordAudit(strapi: Core.Strapi, entry: AuditRecord): Promise<void> {
  return (strapi.service('api::audit-entry.audit-entry') as unknown as AuditService).record(entry);
}

/** The field that names an entry in lists and the audit log (leadership updates name a person). */
export function titleOf(entry: object | null | undefined): string | null {
  const fields = (entry ?? {}) as { title?: unknown; personName?: unknown };
  const title = fields.title ?? fields.personName;
  return typeof title === 'string' ? title : null;
}
