import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLogin, type AdminSession } from '../../scripts/testing/admin-api.ts';
import { startTestCms, type TestCms } from '../../scripts/testing/cms-server.ts';
import { testDatabaseKinds } from '../../scripts/testing/databases.ts';

/**
 * The role matrix: each project role, logged in through the admin API as its demo
 * user, tries every action; allowed ones must succeed (2xx), refused ones must get
 * 403 (not a validation error or a 404, so the refusal is the permission itself).
 * The table below is the specification; the test prints the table as tested.
 */
const databases = await testDatabaseKinds();

type Verdict = 'allowed' | 'refused';
type Role = 'comms' | 'recruiter' | 'contributor';

const DEMO_PASSWORD = 'Blmk-demo-2026';
const DEMO_USERS: Record<Role, string> = {
  comms: 'comms@blmk.local',
  recruiter: 'recruiter@blmk.local',
  contributor: 'contributor@blmk.local',
};

const EDITORIAL = {
  'news item': 'api::news-item.news-item',
  brief: 'api::brief.brief',
  vacancy: 'api::vacancy.vacancy',
  'leadership update': 'api::leadership-update.leadership-update',
  event: 'api::event.event',
} as const;
type Editorial = keyof typeof EDITORIAL;

let serial = 0;
/** A valid new entry of each type (valid also under the publishing rules). */
function newEntry(type: Editorial): Record<string, unknown> {
  serial += 1;
  const slug = `role-matrix-${type.replace(' ', '-')}-${serial}-${Date.now()}`;
  switch (type) {
    case 'news item':
      return { title: `Role matrix news ${serial}`, slug };
    case 'brief':
      return { title: `Role matrix brief ${serial}`, slug, issueDate: '2026-12-01' };
    case 'vacancy':
      return { title: `Role matrix vacancy ${serial}`, slug, closingDate: '2099-01-31', contactEmail: 'jobs@example.org' };
    case 'leadership update':
      return { personName: `Role Matrix ${serial}`, slug, roleTitle: 'Chief tester' };
    case 'event':
      return { title: `Role matrix event ${serial}`, slug };
  }
}

const cm = (uid: string, rest = '') => `/content-manager/collection-types/${uid}${rest}?locale=en`;

interface Context {
  session: AdminSession;
  cmsUrl: string;
  /** A fresh draft made by the super admin, for update, publish and delete. */
  fixture(type: Editorial): Promise<string>;
}

interface Row {
  action: string;
  expected: Record<Role, Verdict>;
  attempt(context: Context): Promise<number>;
}

const verdicts = (comms: Verdict, recruiter: Verdict, contributor: Verdict) => ({ comms, recruiter, contributor });

function editorialRows(type: Editorial, expected: Record<'create' | 'read' | 'update' | 'publish' | 'delete', Record<Role, Verdict>>): Row[] {
  const uid = EDITORIAL[type];
  return [
    { action: `${type}: create draft`, expected: expected.create, attempt: async ({ session }) => (await session.request('POST', cm(uid), newEntry(type))).status },
    { action: `${type}: read`, expected: expected.read, attempt: async ({ session }) => (await session.request('GET', cm(uid))).status },
    {
      action: `${type}: update`,
      expected: expected.update,
      attempt: async ({ session, fixture }) => (await session.request('PUT', cm(uid, `/${await fixture(type)}`), newEntry(type))).status,
    },
    {
      action: `${type}: publish`,
      expected: expected.publish,
      attempt: async ({ session, fixture }) => (await session.request('POST', cm(uid, `/${await fixture(type)}/actions/publish`), {})).status,
    },
    {
      action: `${type}: delete`,
      expected: expected.delete,
      attempt: async ({ session, fixture }) => (await session.request('DELETE', cm(uid, `/${await fixture(type)}`))).status,
    },
  ];
}

const A: Verdict = 'allowed';
const R: Verdict = 'refused';
const commsOnly = verdicts(A, R, R);
const commsAndContributor = verdicts(A, R, A);

/** A 1×1 PNG, for the media library. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

async function upload(cmsUrl: string, token: string): Promise<number> {
  const form = new FormData();
  form.append('files', new Blob([PNG], { type: 'image/png' }), 'role-matrix.png');
  form.append('fileInfo', JSON.stringify({ alternativeText: 'A single pixel', name: 'role-matrix.png' }));
  const response = await fetch(`${cmsUrl}/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return response.status;
}

const MATRIX: Row[] = [
  ...editorialRows('news item', { create: commsAndContributor, read: commsAndContributor, update: commsAndContributor, publish: commsOnly, delete: commsOnly }),
  ...editorialRows('event', { create: commsAndContributor, read: commsAndContributor, update: commsAndContributor, publish: commsOnly, delete: commsOnly }),
  ...editorialRows('brief', { create: commsOnly, read: commsOnly, update: commsOnly, publish: commsOnly, delete: commsOnly }),
  ...editorialRows('leadership update', { create: commsOnly, read: commsOnly, update: commsOnly, publish: commsOnly, delete: commsOnly }),
  ...editorialRows('vacancy', {
    create: verdicts(A, A, R),
    read: verdicts(A, A, R),
    update: verdicts(A, A, R),
    publish: verdicts(A, A, R),
    delete: verdicts(A, A, R),
  }),
  {
    action: 'organisations: read (relation picker)',
    expected: verdicts(A, A, A),
    attempt: async ({ session }) => (await session.request('GET', cm('api::organisation.organisation'))).status,
  },
  {
    action: 'priorities: read',
    expected: verdicts(A, R, A),
    attempt: async ({ session }) => (await session.request('GET', cm('api::priority.priority'))).status,
  },
  {
    action: 'organisation: create',
    expected: commsOnly,
    attempt: async ({ session }) =>
      (await session.request('POST', cm('api::organisation.organisation'), { name: `Org ${Date.now()}`, slug: `org-${Date.now()}`, kind: 'other' })).status,
  },
  {
    action: 'media library: upload an image',
    expected: verdicts(A, A, A),
    attempt: ({ session, cmsUrl }) => upload(cmsUrl, session.token),
  },
  {
    action: 'media library: list files',
    expected: verdicts(A, A, A),
    attempt: async ({ session }) => (await session.request('GET', '/upload/files')).status,
  },
  {
    action: 'audit log: read in Content Manager',
    expected: commsOnly,
    attempt: async ({ session }) => (await session.request('GET', '/content-manager/collection-types/api::audit-entry.audit-entry')).status,
  },
  {
    action: 'audit log: write in Content Manager',
    expected: verdicts(R, R, R),
    attempt: async ({ session }) =>
      (
        await session.request('POST', '/content-manager/collection-types/api::audit-entry.audit-entry', {
          action: 'forged',
          actorKind: 'admin',
          occurredAt: new Date().toISOString(),
        })
      ).status,
  },
  {
    action: 'audit log: GET /blmk/audit',
    expected: commsOnly,
    attempt: async ({ session }) => (await session.request('GET', '/blmk/audit')).status,
  },
  {
    action: 'settings: list admin users',
    expected: verdicts(R, R, R),
    attempt: async ({ session }) => (await session.request('GET', '/admin/users')).status,
  },
  {
    action: 'settings: edit roles',
    expected: verdicts(R, R, R),
    attempt: async ({ session }) => (await session.request('GET', '/admin/roles')).status,
  },
];

const ROLES: Role[] = ['comms', 'recruiter', 'contributor'];

describe.each(databases)('the role matrix on %s', (database) => {
  let cms: TestCms;
  let superAdmin: AdminSession;
  const sessions = {} as Record<Role, AdminSession>;
  const tested = new Map<string, string>();

  beforeAll(async () => {
    cms = await startTestCms({ database, seed: true, env: { BLMK_DEMO_USERS: '1' } });
    superAdmin = await adminLogin(cms.url);
    for (const role of ROLES) sessions[role] = await adminLogin(cms.url, { email: DEMO_USERS[role], password: DEMO_PASSWORD });
  });
  afterAll(async () => {
    const header = `| Action | ${ROLES.join(' | ')} |\n| --- | ${ROLES.map(() => '---').join(' | ')} |`;
    const lines = MATRIX.map((row) => `| ${row.action} | ${ROLES.map((role) => tested.get(`${role} ${row.action}`) ?? 'not run').join(' | ')} |`);
    console.log(`Role matrix as tested on ${database}:\n${header}\n${lines.join('\n')}`);
    await cms?.destroy();
  });

  async function fixture(type: Editorial): Promise<string> {
    const created = await superAdmin.request<{ data: { documentId: string } }>('POST', cm(EDITORIAL[type]), newEntry(type));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.data.documentId;
  }

  test('the demo users hold exactly their project role', async () => {
    const { body } = await superAdmin.request<{ data: { results: Array<{ email: string; roles: Array<{ code: string }> }> } }>(
      'GET',
      '/admin/users?pageSize=50',
    );
    const roleOf = Object.fromEntries(body.data.results.map((user) => [user.email, user.roles.map((role) => role.code)]));
    expect(roleOf).toMatchObject({
      'comms@blmk.local': ['blmk-comms-officer'],
      'recruiter@blmk.local': ['blmk-recruiter'],
      'contributor@blmk.local': ['blmk-contributor'],
    });
  });

  describe.each(ROLES)('as %s', (role) => {
    test.each(MATRIX.map((row) => [row.action, row] as const))('%s', async (_action, row) => {
      const status = await row.attempt({ session: sessions[role], cmsUrl: cms.url, fixture });
      const outcome: Verdict | 'unexpected' = status >= 200 && status < 300 ? 'allowed' : status === 403 ? 'refused' : 'unexpected';
      tested.set(`${role} ${row.action}`, outcome === 'unexpected' ? `HTTP ${status}` : outcome);
      expect(outcome, `${role} → ${row.action} answered ${status}`).toBe(row.expected[role]);
    });
  });

  test('a contributor cannot publish even the draft they wrote themselves', async () => {
    const session = sessions.contributor;
    const created = await session.request<{ data: { documentId: string } }>('POST', cm(EDITORIAL['news item']), newEntry('news item'));
    expect(created.status).toBe(201);
    const publish = await session.request('POST', cm(EDITORIAL['news item'], `/${created.body.data.documentId}/actions/publish`), {});
    expect(publish.status).toBe(403);
  });

  test('the roles are reset to their definition at every start', async () => {
    const roles = await superAdmin.request<{ data: Array<{ id: number; code: string }> }>('GET', '/admin/roles');
    const recruiter = roles.body.data.find((entry) => entry.code === 'blmk-recruiter');
    expect(recruiter).toBeDefined();
    // Someone grants the recruiter news-item creation by hand…
    const granted = await superAdmin.request('PUT', `/admin/roles/${recruiter!.id}/permissions`, {
      permissions: [{ action: 'plugin::content-manager.explorer.create', subject: 'api::news-item.news-item', properties: { fields: ['title', 'slug'], locales: ['en'] }, conditions: [] }],
    });
    expect(granted.status).toBe(200);
    const recruiterSession = await adminLogin(cms.url, { email: DEMO_USERS.recruiter, password: DEMO_PASSWORD });
    expect((await recruiterSession.request('POST', cm(EDITORIAL['news item']), newEntry('news item'))).status).toBe(201);
    // …and the next start puts the defined permissions back.
    await cms.stop();
    await cms.start();
    const again = await adminLogin(cms.url, { email: DEMO_USERS.recruiter, password: DEMO_PASSWORD });
    expect((await again.request('POST', cm(EDITORIAL['news item']), newEntry('news item'))).status).toBe(403);
    expect((await again.request('POST', cm(EDITORIAL.vacancy), newEntry('vacancy'))).status).toBe(201);
    superAdmin = await adminLogin(cms.url);
    for (const each of ROLES) sessions[each] = await adminLogin(cms.url, { email: DEMO_USERS[each], password: DEMO_PASSWORD });
  });
});
