import { describe, expect, test } from 'vitest';
import { demoUsersWanted } from './roles-demo-users';

describe('demo users', () => {
  test('exist in development and when asked for, never in production by default', () => {
    expect(demoUsersWanted({ NODE_ENV: 'development' })).toBe(true);
    expect(demoUsersWanted({ NODE_ENV: 'production' })).toBe(false);
    expect(demoUsersWanted({})).toBe(false);
    expect(demoUsersWanted({ NODE_ENV: 'production', BLMK_DEMO_USERS: '1' })).toBe(true);
    expect(demoUsersWanted({ NODE_ENV: 'development', BLMK_DEMO_USERS: '0' })).toBe(false);
  });
});
