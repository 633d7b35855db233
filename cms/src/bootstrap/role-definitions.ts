import { ADMIN_ROLE_CODES, type AdminRoleCode } from '../admin-roles';
import { EDITORIAL_CONTENT_TYPES } from '../content-types';

/** Content Manager actions on one content type (Strapi's `plugin::content-manager.explorer.*`). */
export type ExplorerAction = 'create' | 'read' | 'update' | 'delete' | 'publish';

export interface ContentGrant {
  subjects: readonly string[];
  actions: readonly ExplorerAction[];
  /** Fields this role may not see or write on these subjects (e.g. the scheduling dates). */
  withoutFields?: readonly string[];
}

export interface RoleDefinition {
  code: AdminRoleCode;
  name: string;
  description: string;
  content: readonly ContentGrant[];
  /** Admin actions outside the Content Manager (media library, …), by action id. */
  pluginActions: readonly string[];
  /** Media library actions limited to files the user uploaded (condition `admin::is-creator`). */
  ownMediaActions?: readonly string[];
}

const REFERENCE_TYPES = ['api::organisation.organisation', 'api::priority.priority', 'api::person.person'] as const;
const AUDIT_ENTRY = 'api::audit-entry.audit-entry';

/** Scheduling fields: setting them amounts to publishing, so only publishers get them. */
const SCHEDULING_FIELDS = ['publishAt', 'unpublishAt'];

const MEDIA_LIBRARY_FULL = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

const MEDIA_LIBRARY_UPLOAD = [
  'plugin::upload.read',
  'plugin::upload.assets.create',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

/**
 * What each project role may do. The Super Admin keeps every right; nobody else gets
 * settings, users or roles. Relation pickers need read on the related type, hence the
 * reference types.
 */
export const ROLE_DEFINITIONS: readonly RoleDefinition[] = [
  {
    code: ADMIN_ROLE_CODES.commsOfficer,
    name: 'Comms officer',
    description: 'Writes and publishes all editorial content, keeps the reference data, sends newsletters, reads the audit log.',
    content: [
      { subjects: EDITORIAL_CONTENT_TYPES, actions: ['create', 'read', 'update', 'delete', 'publish'] },
      { subjects: REFERENCE_TYPES, actions: ['create', 'read', 'update', 'publish'] },
      { subjects: [AUDIT_ENTRY], actions: ['read'] },
    ],
    pluginActions: MEDIA_LIBRARY_FULL,
  },
  {
    code: ADMIN_ROLE_CODES.recruiter,
    name: 'Recruiter',
    description: 'Writes and publishes job vacancies and uploads their media; nothing else.',
    content: [
      { subjects: ['api::vacancy.vacancy'], actions: ['create', 'read', 'update', 'delete', 'publish'] },
      { subjects: ['api::organisation.organisation'], actions: ['read'] },
    ],
    pluginActions: MEDIA_LIBRARY_UPLOAD,
    ownMediaActions: ['plugin::upload.assets.update'],
  },
  {
    code: ADMIN_ROLE_CODES.contributor,
    name: 'Contributor',
    description: 'Drafts news items and events for a comms officer to publish.',
    content: [
      {
        subjects: ['api::news-item.news-item', 'api::event.event'],
        actions: ['create', 'read', 'update'],
        withoutFields: SCHEDULING_FIELDS,
      },
      { subjects: REFERENCE_TYPES, actions: ['read'] },
    ],
    pluginActions: MEDIA_LIBRARY_UPLOAD,
    ownMediaActions: ['plugin::upload.assets.update'],
  },
];
