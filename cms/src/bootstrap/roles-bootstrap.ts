import type { Core } from '@strapi/strapi';
import { ensureDemoUsers, type DemoUsersEnv } from './roles-demo-users';
import { ensureRoles } from './roles';

/** The project's admin roles, then (development only) a demo user for each. */
export async function ensureRolesAndDemoUsers(strapi: Core.Strapi, env: DemoUsersEnv): Promise<void> {
  await ensureRoles(strapi);
  await ensureDemoUsers(strapi, env);
}
