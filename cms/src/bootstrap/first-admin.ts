import type { Core } from '@strapi/strapi';

export interface FirstAdminEnv {
  ADMIN_EMAIL?: string;
  ADMIN_PASSWORD?: string;
  ADMIN_FIRSTNAME?: string;
  ADMIN_LASTNAME?: string;
}

/**
 * Creates the first super admin from ADMIN_EMAIL and ADMIN_PASSWORD when the CMS has
 * no admin user yet, so a fresh clone can log in without the registration screen.
 * Does nothing once any admin exists or when the variables are unset.
 */
export async function ensureFirstAdmin(strapi: Core.Strapi, env: FirstAdminEnv): Promise<void> {
  const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = env;
  if (!email || !password) return;

  const users = strapi.service('admin::user');
  if (await users.exists()) return;

  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) throw new Error('The Super Admin role is missing.');
  await users.create({
    email,
    password,
    firstname: env.ADMIN_FIRSTNAME ?? 'Site',
    lastname: env.ADMIN_LASTNAME ?? 'Administrator',
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  strapi.log.info(`Created the first admin user ${email}.`);
}
