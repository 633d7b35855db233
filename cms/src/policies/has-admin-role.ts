import type { Core } from '@strapi/strapi';
import { SUPER_ADMIN_CODE, type AdminRoleCode } from '../admin-roles';

export interface HasAdminRoleConfig {
  roles: AdminRoleCode[];
}

/**
 * For the project's own admin routes (see utils/admin-routes.ts): lets through a
 * logged-in admin user holding one of `config.roles`, or a Super Admin.
 */
const hasAdminRole: Core.PolicyHandler<HasAdminRoleConfig> = (policyContext, config) => {
  // Strapi's PolicyContext type leaves out Koa's `state`, where the admin user is.
  const { state } = policyContext as unknown as { state: { user?: { roles?: Array<{ code: string }> } } };
  const user = state.user;
  const codes = new Set((user?.roles ?? []).map((role) => role.code));
  return codes.has(SUPER_ADMIN_CODE) || (config?.roles ?? []).some((role) => codes.has(role));
};

export default hasAdminRole;
