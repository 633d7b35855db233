/**
 * The admin roles this project creates (cms/src/bootstrap), by their role codes.
 * Strapi's own Super Admin keeps every right.
 */
export const ADMIN_ROLE_CODES = {
  commsOfficer: 'blmk-comms-officer',
  recruiter: 'blmk-recruiter',
  contributor: 'blmk-contributor',
} as const;

export type AdminRoleCode = (typeof ADMIN_ROLE_CODES)[keyof typeof ADMIN_ROLE_CODES];

export const SUPER_ADMIN_CODE = 'strapi-super-admin';
