import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@doorbraak/server-data';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, errorCode, graphqlData, graphqlRequest, signIn, startDedicatedPostgres, startDedicatedRedis, startTestApi, type DedicatedPostgres, type DedicatedRedis, type GraphqlResult, type TestApi, type TestDatabase } from '@doorbraak/server-testing';

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';
const ME = '{ me { email } }';
const REFRESH = 'mutation { refresh { accessToken } }';
const AREAS = '{ focusAreas { slug } }';
const COORDINATOR = 'coordinator@demo.doorbraak.nl';
const director = (slug: string) => `programmadirecteur.${slug}@demo.doorbraak.nl`;

const timed = async <T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> => {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
};

const waitFor = async (what: string, condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const health = async (url: string): Promise<{ status: number; body: Record<string, string> }> => {
  const response = await fetch(`${url}/health`);
  return { status: response.status, body: (await response.json()) as Record<string, string> };
};

// The answer a client can tell from "signed out": 503, a code, and when to try again.
const expectOutage = ({ result, ms }: { result: GraphqlResult<unknown>; ms: number }): void => {
  expect({ status: result.status, code: errorCode(result) }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
  expect(result.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
  expect(result.body.errors?.[0].extensions?.['retryAfterSeconds']).toBe(Number(result.headers.get('retry-after')));
  expect(ms).toBeLessThan(2_000);
};

describe('an outage answered as an outage', () => {
  describe('while PostgreSQL is stopped', () => {
    let postgres: DedicatedPostgres;
    let api: TestApi;

    beforeAll(async () => {
      postgres = await startDedicatedPostgres();
      const owner = await new DataSource(dataSourceOptions(postgres.url)).initialize();
      try {
        await seedDemoData(owner, { now: new Date() });
      } finally {
        await owner.destroy();
      }
      api = await startTestApi(postgres.appUrl);
    });

    afterAll(async () => {
      await api?.app.close();
      await postgres?.destroy();
    });

    it('answers 503 SERVICE_UNAVAILABLE with Retry-After within 2 seconds, and the session survives the outage', async () => {
      const session = await signIn(api.url, COORDINATOR);
      await graphqlData(api.url, ME, {}, { token: session.token });
      const mayor = await signIn(api.url, 'burgemeester.rotterdam-zuid@demo.doorbraak.nl');
      const { createCalendarFeed } = await graphqlData<{ createCalendarFeed: { path: string } }>(
        api.url,
        'mutation { createCalendarFeed { path } }',
        {},
        { token: mayor.token },
      );
      expect((await fetch(`${api.url}${createCalendarFeed.path}`)).status).toBe(200);

      await postgres.stop();

      expectOutage(await timed(() => graphqlRequest(api.url, ME, {}, { token: session.token })));
      expectOutage(await timed(() => graphqlRequest(api.url, LOGIN, { email: director('rotterdam-zuid'), password: 'doorbraak' })));
      // A wrong password cannot be told from a right one now: no INVALID_CREDENTIALS, no counted failure.
      expectOutage(await timed(() => graphqlRequest(api.url, LOGIN, { email: director('rotterdam-zuid'), password: 'fout' })));
      expectOutage(await timed(() => graphqlRequest(api.url, AREAS)));
      expectOutage(await timed(() => graphqlRequest(api.url, REFRESH, {}, { cookie: session.cookie })));
      // Plain routes too: the calendar feed answers 503 with Retry-After, within 2 seconds.
      const feed = await timed(() => fetch(`${api.url}${createCalendarFeed.path}`));
      expect({ status: feed.result.status, retryAfter: feed.result.headers.get('retry-after') }).toEqual({ status: 503, retryAfter: '5' });
      expect(await feed.result.json()).toEqual(expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }));
      expect(feed.ms).toBeLessThan(2_000);
      // Without a token the answer stays "sign in": an outage never hides that.
      expect(errorCode(await graphqlRequest(api.url, ME))).toBe('UNAUTHENTICATED');
      expect(await health(api.url)).toEqual({ status: 503, body: { status: 'unavailable', postgres: 'down', redis: 'up' } });

      await postgres.start();
      await waitFor('the API to reach PostgreSQL again', async () => (await health(api.url)).status === 200);

      const { me } = await graphqlData<{ me: { email: string } }>(api.url, ME, {}, { token: session.token });
      expect(me.email).toBe(COORDINATOR);
      await graphqlData(api.url, REFRESH, {}, { cookie: session.cookie });
      await expect(signIn(api.url, director('rotterdam-zuid'))).resolves.toHaveProperty('token');
    });
  });

  describe('while Redis is stopped', () => {
    let db: TestDatabase;
    let redis: DedicatedRedis;
    let api: TestApi;

    beforeAll(async () => {
      db = await createTestDatabase();
      await seedDemoData(db.dataSource, { now: new Date() });
      redis = await startDedicatedRedis();
      api = await startTestApi(db.appUrl, { config: { redisUrl: redis.url } });
    });

    afterAll(async () => {
      await api?.app.close();
      await redis?.destroy();
      await db?.drop();
    });

    it('answers sign-in within 2 seconds with SERVICE_UNAVAILABLE, and never lets an attempt through unchecked', async () => {
      const session = await signIn(api.url, director('utrecht-overvecht'));

      await redis.stop();

      // The failed-attempt limits cannot be checked: every attempt is refused, right or wrong, quickly.
      for (let attempt = 0; attempt < 8; attempt += 1) {
        const password = attempt % 2 === 0 ? 'doorbraak' : `fout-${attempt}`;
        expectOutage(await timed(() => graphqlRequest(api.url, LOGIN, { email: director('utrecht-overvecht'), password })));
      }
      // What needs no Redis goes on working.
      await graphqlData(api.url, ME, {}, { token: session.token });
      expect(await health(api.url)).toEqual({ status: 503, body: { status: 'unavailable', postgres: 'up', redis: 'down' } });

      await redis.start();
      const signedIn = async () => {
        const result = await graphqlRequest(api.url, LOGIN, { email: director('utrecht-overvecht'), password: 'doorbraak' });
        return result.status === 200 && !result.body.errors;
      };
      await waitFor('sign-in to work again', signedIn);

      // A Redis that hangs (connections open, no answers) is cut off by the command timeout.
      redis.pause();
      try {
        expectOutage(await timed(() => graphqlRequest(api.url, LOGIN, { email: director('utrecht-overvecht'), password: 'doorbraak' })));
        expect((await health(api.url)).body['redis']).toBe('down');
      } finally {
        redis.resume();
      }
      await waitFor('sign-in to work again', signedIn);
    });
  });
  describe('while the database is busy, not away', () => {
    let db: TestDatabase;
    let api: TestApi;

    beforeAll(async () => {
      db = await createTestDatabase();
      await seedDemoData(db.dataSource, { now: new Date() });
      api = await startTestApi(db.appUrl);
    });

    afterAll(async () => {
      await api?.app.close();
      await db?.drop();
    });

    it('queues requests for a free connection for a few seconds rather than answering 503', async () => {
      const { token } = await signIn(api.url, director('rotterdam-zuid'));
      const [item]: { id: string }[] = await db.dataSource.query(
        `SELECT v.id FROM vastloper v JOIN alliance a ON a.id = v.alliance_id WHERE a.slug = 'rotterdam-zuid' AND v.status = 'OPEN' ORDER BY v.id LIMIT 1`,
      );
      // Progress notes on one item, which another session holds locked: every pooled connection waits on the
      // lock, and a read behind them waits 2.5 s for a free connection (over the 1.5 s that used to answer 503).
      const locker = db.dataSource.createQueryRunner();
      await locker.connect();
      await locker.startTransaction();
      await locker.query('SELECT id FROM vastloper WHERE id = $1 FOR UPDATE', [item.id]);
      const ADD_PROGRESS = 'mutation ($itemId: ID!, $text: String!) { addProgress(itemId: $itemId, text: $text) { id } }';
      const poolSize = Number((dataSourceOptions(db.appUrl).extra as { max: number }).max);
      const notes = Array.from({ length: poolSize }, (_, index) =>
        timed(() => graphqlRequest(api.url, ADD_PROGRESS, { itemId: item.id, text: `Voortgang ${index + 1}` }, { token })),
      );
      const waitingOnTheLock = async (): Promise<boolean> => {
        const [{ count }]: { count: string }[] = await db.dataSource.query(
          `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return Number(count) >= poolSize;
      };
      await waitFor('every pooled connection to wait on the lock', waitingOnTheLock);
      const read = timed(() => graphqlRequest(api.url, '{ vastlopers(first: 1) { totalCount } }', {}, { token }));
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      await locker.commitTransaction();
      await locker.release();

      const answers = await Promise.all([...notes, read]);
      expect(answers.map(({ result }) => ({ status: result.status, code: errorCode(result) }))).toEqual(answers.map(() => ({ status: 200, code: undefined })));
      // The read waited for a free connection until the lock went.
      expect((await read).ms).toBeGreaterThan(2_000);
    });
  });
});
