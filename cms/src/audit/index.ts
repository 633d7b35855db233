import type { Core } from '@strapi/strapi';
import { registerAuditRoute } from './audit-route';
import { registerAuditOfChanges } from './record-changes';

/** The audit log's writers (publish, unpublish, delete) and its reader for comms officers. */
export function registerAudit(strapi: Core.Strapi): void {
  registerAuditOfChanges(strapi);
  registerAuditRoute(strapi);
}
