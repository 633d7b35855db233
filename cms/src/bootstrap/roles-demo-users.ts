import type { Core } from '@strapi/strapi';
import { ADMIN_ROLE_CODES, type AdminRoleCode } from '../admin-roles';

export const DEMO_PASSWORD = 'Blmk-demo-2026';

/** One demo admin user per project role (printed by `npm start`, see scripts/run.ts). */
export const DEMO_USERS: ReadonlyArray<{ email: string; firstname: string; role: AdminRoleCode }> = [
  { email: 'comms@blmk.local', firstname: 'Comms', role: ADMIN_ROLE_CODES.commsOfficer },
  { email: 'recruiter@blmk.local', firstname: 'Recruiter', role: ADMIN_ROLE_CODES.recruiter },
  { email: 'contributor@blmk.local', firstname: 'Contributor', role: ADMIN_ROLE_CODES.contributor },
];

export interface DemoUsersEnv {
  NODE_ENV?: string;
  BLMK_DEMO_USERS?: string;
}

/** Demo users exist in development (or when asked for, as the tests do), never in production. */
export function demoUsersWanted(env: DemoUsersEnv): boolean {
  if (env.BLMK_DEMO_USERS !== undefined) return env.BLMK_DEMO_USERS === '1';
  return env.NODE_ENV === 'development';
}

/**
 * Creates the demo users that are missing. An existing account is left as it is (its
 * password may have been changed on purpose). Runs after the first admin exists,
 * because Strapi creates the first admin only while there is no admin user at all.
 */
export async function ensureDemoUsers(strapi: Core.Strapi, env: DemoUsersEnv): Promise<void> {
  if (!demoUsersWanted(env)) return;
  const users = strapi.service('admin::user');
  const roles = strapi.service('admin::role');
  for (const demo of DEMO_USERS) {
    if (await users.exists({ email: demo.email })) continue;
    const role = (await roles.findOne({ code: demo.role })) as { id: number } | null;
    if (!role) throw new Error(`The role ${demo.role} is missing; create the roles before the demo users.`);
    await users.create({
      email: demo.email,
      password: DEMO_PASSWORD,
      firstname: demo.firstname,
      lastname: 'Demo',
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    strapi.log.info(`Created the demo user ${demo.email} (${demo.role}).`);
  }
}
