import { DEMO_PASSWORD, DEMO_USERS } from '../src/bootstrap/roles-demo-users.ts';

/** The demo users' logins (BLMK_DEMO_USERS=1), from the bootstrap that makes them. */
function login(role: string): { email: string; password: string } {
  const user = DEMO_USERS.find((candidate) => candidate.email.startsWith(`${role}@`));
  if (!user) throw new Error(`no demo user "${role}"`);
  return { email: user.email, password: DEMO_PASSWORD };
}

export const DEMO = { comms: login('comms'), recruiter: login('recruiter'), contributor: login('contributor') } as const;
