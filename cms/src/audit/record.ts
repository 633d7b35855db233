import type { Core } from '@strapi/strapi';
import type { AuditRecord } from '../api/audit-entry/services/audit-entry';

interface AuditService {
  record(entry: AuditRecord): Promise<void>;
}

/** Appends to the project's audit log (cms/src/api/audit-entry): the one writer scheduling, history, newsletter and validation share. */
export function recordAudit(strapi: Core.Strapi, entry: AuditRecord): Promise<void> {
  return (strapi.service('api::audit-entry.audit-entry') as unknown as AuditService).record(entry);
}
