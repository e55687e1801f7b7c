import { request } from 'node:http';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, startDedicatedRedis, startTestApi, type DedicatedRedis, type TestApi, type TestDatabase } from '@doorbraak/server-testing';

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';

type Answer = { status: number; code: string | null; reason: string | null; signedIn: boolean; ms: number };

const AREAS = ['rotterdam-zuid', 'utrecht-overvecht', 'delft-west', 'arnhem-oost', 'breda-noord', 'zaandam-oost', 'lelystad-oost'];
const ROLES = ['programmadirecteur', 'burgemeester', 'rijksvertegenwoordiger', 'partner'];
// 28 demo accounts, all with the password "doorbraak".
const ACCOUNTS = AREAS.flatMap((slug) => ROLES.map((role) => `${role}.${slug}@demo.doorbraak.nl`));

describe('failed sign-in limits', () => {
  let db: TestDatabase;
  let redis: DedicatedRedis;
  let api: TestApi;

  // Every loopback address (127.0.0.0/8) reaches the API: a different one per "office" behind NAT.
  const login = (from: string, email: string, password: string): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const url = new URL('/graphql', api.url);
      const call = request(url, { method: 'POST', localAddress: from, headers: { 'content-type': 'application/json' } }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => {
          const parsed = JSON.parse(body) as { data?: { login?: unknown }; errors?: { extensions?: { code?: string; reason?: string } }[] };
          resolve({
            status: response.statusCode ?? 0,
            code: parsed.errors?.[0]?.extensions?.code ?? null,
            reason: parsed.errors?.[0]?.extensions?.reason ?? null,
            signedIn: Boolean(parsed.data?.login),
            ms: performance.now() - started,
          });
        });
      });
      call.on('error', reject);
      call.end(JSON.stringify({ query: LOGIN, variables: { email, password } }));
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    // A Redis of its own: counters of other test files (and of earlier runs) never interfere.
    redis = await startDedicatedRedis();
    api = await startTestApi(db.appUrl, { config: { redisUrl: redis.url } });
  });

  afterAll(async () => {
    await api?.app.close();
    await redis?.destroy();
    await db?.drop();
  });

  it('lets a colleague behind the same address sign in after 25 failures of others, only slower', async () => {
    const office = '127.0.8.1';
    // One mistyped password each for 25 accounts: no account is near its own limit.
    for (const email of ACCOUNTS.slice(0, 25)) {
      expect(await login(office, email, 'verkeerd')).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    }
    const colleague = await login(office, ACCOUNTS[26], 'doorbraak');
    expect(colleague).toMatchObject({ status: 200, signedIn: true });

    // Beyond 20 failures the address is slowed down, not refused: 25 failures space its attempts
    // 500 ms apart, also when they are sent at once.
    const burst = await Promise.all([0, 1, 2].map(() => login(office, ACCOUNTS[27], 'doorbraak')));
    expect(burst.every((answer) => answer.signedIn)).toBe(true);
    expect(Math.max(...burst.map((answer) => answer.ms))).toBeGreaterThanOrEqual(900);

    // Another address is not slowed down: it waits for none of the 500 ms spacings (told apart from the
    // slowed burst, not by a fixed time, as checking a password takes longer on a busy machine).
    const elsewhere = await login('127.0.9.1', ACCOUNTS[26], 'doorbraak');
    expect(elsewhere.signedIn).toBe(true);
    expect(elsewhere.ms).toBeLessThan(Math.max(...burst.map((answer) => answer.ms)) - 500);
  });

  it('refuses an account from an address after 5 failures there, and everywhere after 10', async () => {
    const victim = 'coordinator@demo.doorbraak.nl';
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await login('127.0.10.1', victim, `fout-${attempt}`)).reason).toBe('INVALID_CREDENTIALS');
    }
    expect(await login('127.0.10.1', victim, 'doorbraak')).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', signedIn: false });
    // From elsewhere the right password still works (and the failures from there are counted).
    expect((await login('127.0.10.2', victim, 'doorbraak')).signedIn).toBe(true);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await login('127.0.10.3', victim, `fout-${attempt}`)).reason).toBe('INVALID_CREDENTIALS');
    }
    // Ten failures in all: the account is refused from every address for the rest of the window.
    expect(await login('127.0.10.4', victim, 'doorbraak')).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', signedIn: false });
  });
});
