import type { INestApplication } from '@nestjs/common';
import { Redis } from 'ioredis';
import { seedDemoData } from '@doorbraak/server-seed';
import {
  createTestDatabase,
  errorCode,
  graphqlData,
  graphqlRequest,
  QueryCounter,
  signIn,
  startTestApi,
  testRedisUrl,
  type TestDatabase,
} from '@doorbraak/server-testing';

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken expiresAt } }';
const REFRESH = 'mutation { refresh { accessToken } }';
const ME = '{ me { name email memberships { role allianceName } } }';
const INVITE = `mutation ($input: InvitePersonInput!) { invitePerson(input: $input) { url expiresAt emailSent } }`;
const ACCEPT = 'mutation ($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { accessToken } }';

const director = (slug: string) => `programmadirecteur.${slug}@demo.doorbraak.nl`;
const cookieOf = (setCookie: string[]) => setCookie.map((value) => value.split(';')[0]).join('; ');

// Failed-attempt counters live in the shared test Redis for 15 minutes: start and leave every run at zero.
const clearFailedSignIns = async (): Promise<void> => {
  const redis = new Redis(testRedisUrl());
  const keys = await redis.keys('login-fail-*');
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
};

describe('signing in, sessions and invitations', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let url: string;
  let allianceIds: Record<string, string>;
  const counter = new QueryCounter();

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    const rows: { slug: string; id: string }[] = await db.dataSource.query('SELECT slug, id FROM alliance');
    allianceIds = Object.fromEntries(rows.map((row) => [row.slug, row.id]));
    await clearFailedSignIns();
    ({ app, url } = await startTestApi(db.appUrl, { counter }));
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    // The lockout test leaves an account locked for 15 minutes; later spec files sign in with it.
    await clearFailedSignIns();
  });

  it('signs in with email and password and knows who is signed in', async () => {
    const { token, cookie } = await signIn(url, director('rotterdam-zuid'));
    expect(cookie).toMatch(/^doorbraak_refresh=/);
    const { me } = await graphqlData<{ me: { email: string; memberships: { role: string; allianceName: string }[] } }>(url, ME, {}, { token });
    expect(me.email).toBe(director('rotterdam-zuid'));
    expect(me.memberships).toEqual([{ role: 'PROGRAMME_DIRECTOR', allianceName: 'Nationaal Programma Rotterdam Zuid (NPRZ)' }]);
  });

  it('sets the refresh token as an httpOnly, SameSite=Lax cookie', async () => {
    const result = await graphqlRequest(url, LOGIN, { email: director('delft-west'), password: 'doorbraak' });
    const cookie = result.setCookie.find((value) => value.startsWith('doorbraak_refresh='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/graphql/);
  });

  it('answers an unknown email and a wrong password alike', async () => {
    const unknown = await graphqlRequest(url, LOGIN, { email: 'niemand@demo.doorbraak.nl', password: 'doorbraak' });
    const wrong = await graphqlRequest(url, LOGIN, { email: director('arnhem-oost'), password: 'verkeerd' });
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(unknown.body.errors?.[0].message).toBe(wrong.body.errors?.[0].message);
    expect(unknown.body.errors?.[0].extensions?.['reason']).toBe('INVALID_CREDENTIALS');
    expect(wrong.body.errors?.[0].extensions?.['reason']).toBe('INVALID_CREDENTIALS');
  });

  it('locks an account after five failed attempts, even for the right password', async () => {
    const email = director('breda-noord');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(errorCode(await graphqlRequest(url, LOGIN, { email, password: `fout-${attempt}` }))).toBe('UNAUTHENTICATED');
    }
    const locked = await graphqlRequest(url, LOGIN, { email, password: 'doorbraak' });
    expect(errorCode(locked)).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.body.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(800);
    // Another account from the same address is not locked by it.
    await expect(signIn(url, director('dordrecht-west'))).resolves.toHaveProperty('token');
  });

  it('refuses every operation but the public ones without a token', async () => {
    expect(errorCode(await graphqlRequest(url, '{ alliances { id } }'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await graphqlRequest(url, ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await graphqlRequest(url, ME, {}, { token: 'not.a.token' }))).toBe('UNAUTHENTICATED');
    const areas = await graphqlRequest<{ focusAreas: unknown[] }>(url, '{ focusAreas { slug } }');
    expect(areas.body.data?.focusAreas).toHaveLength(20);
  });

  it('rotates the refresh token, and ends the session when a rotated one is used again', async () => {
    const session = await signIn(url, director('lelystad-oost'));
    const first = await graphqlRequest<{ refresh: { accessToken: string } }>(url, REFRESH, {}, { cookie: session.cookie });
    expect(first.body.data?.refresh.accessToken).toBeTruthy();
    const rotated = cookieOf(first.setCookie);
    expect(rotated).not.toBe(session.cookie);

    // The old cookie again: theft. The session ends for everyone holding it.
    const reuse = await graphqlRequest(url, REFRESH, {}, { cookie: session.cookie });
    expect(reuse.body.errors?.[0].extensions?.['reason']).toBe('REFRESH_TOKEN_REUSED');
    expect(errorCode(await graphqlRequest(url, REFRESH, {}, { cookie: rotated }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await graphqlRequest(url, ME, {}, { token: first.body.data?.refresh.accessToken }))).toBe('UNAUTHENTICATED');
  });

  it('ends the session at logout', async () => {
    const session = await signIn(url, director('groningen-noord'));
    await graphqlData(url, 'mutation { logout }', {}, { token: session.token });
    expect(errorCode(await graphqlRequest(url, ME, {}, { token: session.token }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await graphqlRequest(url, REFRESH, {}, { cookie: session.cookie }))).toBe('UNAUTHENTICATED');
  });

  it('ends a session after 30 minutes idle and after 12 hours in all', async () => {
    const idle = await signIn(url, director('heerlen-noord'));
    const long = await signIn(url, director('leeuwarden-oost'));
    await db.dataSource.query(
      `UPDATE auth_session SET last_activity_at = now() - interval '31 minutes'
       WHERE person_id = (SELECT id FROM person WHERE email = $1)`,
      [director('heerlen-noord')],
    );
    await db.dataSource.query(
      `UPDATE auth_session SET started_at = now() - interval '12 hours 1 minute'
       WHERE person_id = (SELECT id FROM person WHERE email = $1)`,
      [director('leeuwarden-oost')],
    );
    for (const session of [idle, long]) {
      expect(errorCode(await graphqlRequest(url, ME, {}, { token: session.token }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await graphqlRequest(url, REFRESH, {}, { cookie: session.cookie }))).toBe('UNAUTHENTICATED');
    }
  });

  it('records a session\'s activity at most once a minute, and keeps it alive when it does', async () => {
    const email = director('tilburg-noordwest');
    const session = await signIn(url, email);
    const activity = async (): Promise<number> => {
      const [row] = (await db.dataSource.query(
        `SELECT extract(epoch FROM now() - last_activity_at) AS age FROM auth_session
          WHERE person_id = (SELECT id FROM person WHERE email = $1) AND ended_at IS NULL`,
        [email],
      )) as { age: string }[];
      return Number(row.age);
    };
    const setActivity = (ago: string) =>
      db.dataSource.query(
        `UPDATE auth_session SET last_activity_at = now() - $2::interval WHERE person_id = (SELECT id FROM person WHERE email = $1)`,
        [email, ago],
      );

    // Active 20 seconds ago: a request reads the session and writes nothing.
    await setActivity('20 seconds');
    await graphqlData(url, ME, {}, { token: session.token });
    expect(await activity()).toBeGreaterThanOrEqual(20);

    // Active 29 minutes ago: the request is activity, so the idle clock starts again.
    await setActivity('29 minutes');
    await graphqlData(url, ME, {}, { token: session.token });
    expect(await activity()).toBeLessThan(5);
  });

  it('changes a password only for a strong one, and ends the other sessions', async () => {
    const email = director('roosendaal-ring');
    const here = await signIn(url, email);
    const elsewhere = await signIn(url, email);
    const change = 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

    const weak = await graphqlRequest(url, change, { c: 'doorbraak', n: 'kort' }, { token: here.token });
    expect(weak.body.errors?.[0].extensions?.['reason']).toBe('WEAK_PASSWORD');
    const wrong = await graphqlRequest(url, change, { c: 'fout', n: 'een heel lang wachtwoord' }, { token: here.token });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');

    await graphqlData(url, change, { c: 'doorbraak', n: 'een heel lang wachtwoord' }, { token: here.token });
    expect(errorCode(await graphqlRequest(url, ME, {}, { token: elsewhere.token }))).toBe('UNAUTHENTICATED');
    await graphqlData(url, ME, {}, { token: here.token });
    await expect(signIn(url, email, 'een heel lang wachtwoord')).resolves.toHaveProperty('token');
  });

  it('lets a programme director invite a person to their own alliance, once', async () => {
    const { token } = await signIn(url, director('zaandam-oost'));
    const input = { email: 'Nieuw.Lid@Zaanstad.nl', name: 'Nieuw Lid', allianceId: allianceIds['zaandam-oost'], role: 'BUREAU_MEMBER' };
    const { invitePerson } = await graphqlData<{ invitePerson: { url: string; emailSent: boolean } }>(url, INVITE, { input }, { token });
    // No SMTP configured here: the inviter passes the link on.
    expect(invitePerson.emailSent).toBe(false);
    const link = new URL(invitePerson.url);
    expect(link.pathname).toBe('/uitnodiging');
    const invitationToken = link.searchParams.get('token') as string;

    const weak = await graphqlRequest(url, ACCEPT, { token: invitationToken, password: 'kort' });
    expect(weak.body.errors?.[0].extensions?.['reason']).toBe('WEAK_PASSWORD');

    const accepted = await graphqlData<{ acceptInvitation: { accessToken: string } }>(url, ACCEPT, {
      token: invitationToken,
      password: 'zaandam oost bloeit op',
    });
    const { me } = await graphqlData<{ me: { email: string; memberships: { role: string }[] } }>(url, ME, {}, {
      token: accepted.acceptInvitation.accessToken,
    });
    expect(me).toEqual(expect.objectContaining({ email: 'nieuw.lid@zaanstad.nl', memberships: [expect.objectContaining({ role: 'BUREAU_MEMBER' })] }));

    const again = await graphqlRequest(url, ACCEPT, { token: invitationToken, password: 'zaandam oost bloeit op' });
    expect(again.body.errors?.[0].extensions?.['reason']).toBe('INVITATION_INVALID');

    const [{ password_hash }]: { password_hash: string }[] = await db.dataSource.query(
      `SELECT password_hash FROM person WHERE email = 'nieuw.lid@zaanstad.nl'`,
    );
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it("refuses invitations to another alliance or to a national role by a programme director", async () => {
    const { token } = await signIn(url, director('vlaardingen-west'));
    const other = await graphqlRequest(url, INVITE, {
      input: { email: 'x@example.nl', name: 'X', allianceId: allianceIds['zaandam-oost'], role: 'BUREAU_MEMBER' },
    }, { token });
    expect(errorCode(other)).toBe('NOT_FOUND');
    const national = await graphqlRequest(url, INVITE, {
      input: { email: 'y@example.nl', name: 'Y', allianceId: null, role: 'NATIONAL_COORDINATOR' },
    }, { token });
    expect(errorCode(national)).toBe('FORBIDDEN');
    const mismatch = await graphqlRequest(url, INVITE, {
      input: { email: 'z@example.nl', name: 'Z', allianceId: null, role: 'MAYOR' },
    }, { token });
    expect(errorCode(mismatch)).toBe('BAD_USER_INPUT');
    const [{ count }]: { count: string }[] = await db.dataSource.query(
      `SELECT count(*) FROM person WHERE email IN ('x@example.nl', 'y@example.nl', 'z@example.nl')`,
    );
    expect(Number(count)).toBe(0);
  });

  it('records sign-ins and invitations in the audit trail, readable by admins only', async () => {
    const admin = await signIn(url, 'admin@demo.doorbraak.nl');
    const query = `query ($filter: AuditEntryFilter) { auditEntries(filter: $filter, first: 5) {
      totalCount nodes { operation entityType actorId after requestId } pageInfo { hasNextPage endCursor } } }`;
    const { auditEntries } = await graphqlData<{
      auditEntries: { totalCount: number; nodes: { operation: string; after: Record<string, unknown>; requestId: string | null }[] };
    }>(url, query, { filter: { operation: 'invitePerson' } }, { token: admin.token });
    expect(auditEntries.totalCount).toBe(1);
    expect(auditEntries.nodes[0].after).toEqual(expect.objectContaining({ email: 'nieuw.lid@zaanstad.nl', role: 'BUREAU_MEMBER' }));
    expect(auditEntries.nodes[0].requestId).toBeTruthy();

    const logins = await graphqlData<{ auditEntries: { totalCount: number; pageInfo: { hasNextPage: boolean } } }>(
      url, query, { filter: { operation: 'login' } }, { token: admin.token },
    );
    expect(logins.auditEntries.totalCount).toBeGreaterThan(5);
    expect(logins.auditEntries.pageInfo.hasNextPage).toBe(true);

    const pd = await signIn(url, director('delft-west'));
    expect(errorCode(await graphqlRequest(url, query, {}, { token: pd.token }))).toBe('FORBIDDEN');
  });

  it('counts the audit trail only when a query asks for its total', async () => {
    // Each sign-in is an entry: the trail holds more than two pages of two.
    for (let signIns = 0; signIns < 4; signIns += 1) {
      await signIn(url, 'admin@demo.doorbraak.nl');
    }
    const admin = await signIn(url, 'admin@demo.doorbraak.nl');
    const countsOfTheTrail = () => counter.statements.filter((statement) => statement.includes('"audit_entry"') && /\bCOUNT\(/i.test(statement));
    type Page = { auditEntries: { totalCount?: number; nodes: { id: string }[]; pageInfo: { endCursor: string | null } } };

    counter.reset();
    const first = await graphqlData<Page>(url, '{ auditEntries(first: 2) { nodes { id } pageInfo { endCursor } } }', {}, { token: admin.token });
    expect(first.auditEntries.nodes).toHaveLength(2);
    expect(counter.statements.some((statement) => statement.includes('"audit_entry"'))).toBe(true);
    expect(countsOfTheTrail()).toEqual([]);

    // Asked for, the total is counted once, over the whole trail and not from the cursor on.
    counter.reset();
    const next = await graphqlData<Page>(
      url,
      'query ($after: ID) { auditEntries(first: 2, after: $after) { totalCount nodes { id } pageInfo { endCursor } } }',
      { after: first.auditEntries.pageInfo.endCursor },
      { token: admin.token },
    );
    expect(countsOfTheTrail()).toHaveLength(1);
    const [{ count }]: { count: string }[] = await db.dataSource.query('SELECT count(*) FROM audit_entry');
    expect(next.auditEntries.totalCount).toBe(Number(count));
    expect(next.auditEntries.nodes.map((node) => node.id)).not.toContain(first.auditEntries.nodes[0].id);

    // Bounded like every list: at most 100 a page, and only cursors the trail gave out.
    const reasonOf = async (variables: Record<string, unknown>) =>
      (await graphqlRequest(url, 'query ($first: Int!, $after: ID) { auditEntries(first: $first, after: $after) { nodes { id } } }', variables, { token: admin.token }))
        .body.errors?.[0]?.extensions?.['reason'];
    expect(await reasonOf({ first: 100 })).toBeUndefined();
    expect(await reasonOf({ first: 101 })).toBe('INVALID_PAGE_SIZE');
    expect(await reasonOf({ first: 0 })).toBe('INVALID_PAGE_SIZE');
    expect(await reasonOf({ first: 5, after: 'bm9wZQ' })).toBe('INVALID_CURSOR');
    expect(await reasonOf({ first: 5, after: '9'.repeat(40) })).toBe('INVALID_CURSOR');
  });

  it('answers the single sign-on routes with a clear error when OpenID Connect is not configured', async () => {
    for (const path of ['/auth/oidc/login', '/auth/oidc/callback?code=x&state=y']) {
      const response = await fetch(`${url}${path}`, { redirect: 'manual' });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        code: 'NOT_CONFIGURED',
        reason: 'SSO_NOT_CONFIGURED',
        message: 'Single sign-on (OpenID Connect) is not configured on this server.',
      });
    }
  });
});
