import { request } from 'node:http';
import type { INestApplicationContext } from '@nestjs/common';
import * as argon2 from 'argon2';
import type { Job } from 'bullmq';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import { JOBS } from '@doorbraak/server-core';
import { EscalationJobsModule, EscalationProcessor } from '@doorbraak/server-escalation';
import { closeLivePubSub, createLivePubSub } from '@doorbraak/server-live';
import {
  createLadderFixture,
  createTestDatabase,
  errorCode,
  escalationPorts,
  freePort,
  graphqlData,
  graphqlRequest,
  insertStalledVastlopers,
  nginxBinary,
  publishLive,
  signIn,
  startDedicatedRedis,
  startTestApi,
  startTestWorker,
  startProxy,
  subscribeLive,
  testConfig,
  untilListening,
  waitFor,
  type DedicatedRedis,
  type GraphqlResponse,
  type LadderFixture,
  type LiveSubscription,
  type Proxy,
  type TestApi,
  type TestDatabase,
} from '@doorbraak/server-testing';

// Two API processes and two workers against one PostgreSQL and one Redis, with nginx in front as in
// `npm run cluster`: each API is a Nest application of its own (its own connections, caches and
// subscriptions), sharing nothing with the other but the two servers, as separate processes would.

const ME = '{ me { email } }';
const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';
const REFRESH = 'mutation { refresh { accessToken } }';
const LADDER = `subscription { ladderItemChanged { itemId fromRung toRung item { ... on Vastloper { id rung } } } }`;
const CREATE = `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }`;
const ESCALATE = `mutation ($id: ID!) { escalate(itemId: $id, reason: "Het bureau komt er niet uit") { __typename } }`;
const PASSWORD = 'Twee-processen-1';
const DUE_ITEMS = 48;

type LadderEvent = { ladderItemChanged: { itemId: string; fromRung: string; toRung: string; item: { id: string; rung: string } } };
type Answer = { status: number; code: string | null; signedIn: boolean };

// The proxy is part of what is proven where nginx is installed (npm test installs it as root); elsewhere
// those tests are skipped, saying why, and the rest still runs against the two API processes directly.
const nginx = nginxBinary();
if (!nginx) {
  process.stderr.write('several-processes: nginx is not installed (bash scripts/ensure-nginx.sh), so the tests through the proxy are skipped\n');
}
const throughProxy = nginx ? it : it.skip;

// A sign-in from a loopback address of our choosing (127.0.0.0/8 all reaches the API), with extra headers.
const login = (baseUrl: string, from: string, email: string, password: string, headers: Record<string, string> = {}): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const call = request(new URL('/graphql', baseUrl), { method: 'POST', localAddress: from, headers: { 'content-type': 'application/json', ...headers } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => {
        const parsed = JSON.parse(body) as { data?: { login?: unknown }; errors?: { extensions?: { code?: string } }[] };
        resolve({ status: response.statusCode ?? 0, code: parsed.errors?.[0]?.extensions?.code ?? null, signedIn: Boolean(parsed.data?.login) });
      });
    });
    call.on('error', reject);
    call.end(JSON.stringify({ query: LOGIN, variables: { email, password } }));
  });

describe('several API processes and workers behave as one', () => {
  let db: TestDatabase;
  let redis: DedicatedRedis;
  let pubsub: RedisPubSub;
  let people: LadderFixture;
  let ladder: LadderFixture;
  const apis: TestApi[] = [];
  const workers: INestApplicationContext[] = [];
  let proxy: Proxy | undefined;
  const open: LiveSubscription<unknown>[] = [];
  // The fixture's programme directors and mayors, per alliance.
  const directors: string[] = [];
  const mayors: string[] = [];

  const live = <T>(url: string, token: string, query: string): LiveSubscription<T> => {
    const subscription = subscribeLive<T>(url, token, query);
    open.push(subscription as LiveSubscription<unknown>);
    return subscription;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    // One Redis of this cluster's own: its sign-in counters, queues and live events meet no other test's.
    redis = await startDedicatedRedis();
    // People who sign in, with the ladder's national stall times (nothing of theirs falls due in the test)...
    people = await createLadderFixture(db.dataSource, { alliances: 2 });
    // ...and alliances whose bureau stalls after a second, for the workers.
    ladder = await createLadderFixture(db.dataSource, { alliances: 4, stallTimes: { PROGRAMMABUREAU: 'PT1S', ALLIANTIE: 'PT1H' } });
    const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    await db.dataSource.query(`UPDATE person SET password_hash = $1`, [hash]);
    const rows: { email: string; role: string; alliance_id: string }[] = await db.dataSource.query(
      `SELECT p.email, m.role, m.alliance_id FROM membership m JOIN person p ON p.id = m.person_id WHERE m.alliance_id = ANY($1)`,
      [people.allianceIds],
    );
    people.allianceIds.forEach((allianceId, index) => {
      directors[index] = rows.find((row) => row.alliance_id === allianceId && row.role === 'PROGRAMME_DIRECTOR')?.email ?? '';
      mayors[index] = rows.find((row) => row.alliance_id === allianceId && row.role === 'MAYOR')?.email ?? '';
    });

    // Behind nginx, the one proxy in front: TRUST_PROXY=1, as npm run cluster starts them.
    for (let index = 0; index < 2; index += 1) {
      apis.push(await startTestApi(db.appUrl, { config: { redisUrl: redis.url, trustProxy: 1 } }));
    }
    for (let index = 0; index < 2; index += 1) {
      workers.push(
        await startTestWorker(testConfig({ databaseUrl: db.appUrl, redisUrl: redis.url, escalationSweepEvery: 'PT1S' }), [EscalationJobsModule, escalationPorts()]),
      );
    }
    if (nginx) {
      proxy = await startProxy({ port: await freePort(), upstreams: apis.map((api) => Number(new URL(api.url).port)) });
    }
    pubsub = createLivePubSub(redis.url);
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((subscription) => subscription.stop()));
  });

  afterAll(async () => {
    await proxy?.stop();
    await Promise.all(workers.map((worker) => worker.close()));
    await Promise.all(apis.map((api) => api.app.close()));
    if (pubsub) await closeLivePubSub(pubsub);
    await redis?.destroy();
    await db?.drop();
  });

  it('keeps a session signed in on one API process on the other: the token, the refresh cookie and the sign-out', async () => {
    const [one, two] = apis.map((api) => api.url);
    const session = await signIn(one, directors[0], PASSWORD);
    expect(await graphqlData(two, ME, {}, { token: session.token })).toEqual({ me: { email: directors[0] } });

    // The cookie rotates on the second process; the first knows the old one is used up (theft: the session ends).
    const refreshed = await graphqlRequest<{ refresh: { accessToken: string } }>(two, REFRESH, {}, { cookie: session.cookie });
    const token = refreshed.body.data?.refresh.accessToken ?? '';
    expect(await graphqlData(one, ME, {}, { token })).toEqual({ me: { email: directors[0] } });
    const reused = await graphqlRequest(one, REFRESH, {}, { cookie: session.cookie });
    expect(reused.body.errors?.[0].extensions?.['reason']).toBe('REFRESH_TOKEN_REUSED');
    expect(errorCode(await graphqlRequest(two, ME, {}, { token }))).toBe('UNAUTHENTICATED');

    // Signed out on one, refused on the other at once.
    const next = await signIn(two, directors[0], PASSWORD);
    expect(await graphqlData(one, ME, {}, { token: next.token })).toEqual({ me: { email: directors[0] } });
    await graphqlData(one, 'mutation { logout }', {}, { token: next.token });
    expect(errorCode(await graphqlRequest(two, ME, {}, { token: next.token }))).toBe('UNAUTHENTICATED');
  });

  throughProxy('serves a session through the proxy from both API processes in turn', async () => {
    const url = (proxy as Proxy).url;
    const session = await signIn(url, directors[1], PASSWORD);
    const before = (proxy as Proxy).accessLog().split('\n').length;
    for (let request = 0; request < 4; request += 1) {
      expect(await graphqlData(url, ME, {}, { token: session.token })).toEqual({ me: { email: directors[1] } });
    }
    // Each request line names the API process that answered it: both did.
    const answeredBy = new Set(
      (proxy as Proxy)
        .accessLog()
        .split('\n')
        .slice(before - 1)
        .filter((line) => line.includes('POST /graphql'))
        .map((line) => /127\.0\.0\.1:(\d+)/.exec(line)?.[1]),
    );
    expect([...answeredBy].sort()).toEqual(apis.map((api) => new URL(api.url).port).sort());
  });

  throughProxy('answers a body too large for the proxy itself with the coded error the API gives', async () => {
    const url = (proxy as Proxy).url;
    for (const size of [200_000, 2_000_000]) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1' },
        body: JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(size) } }),
      });
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(((await response.json()) as GraphqlResponse<unknown>).errors?.[0]?.extensions?.['code']).toBe('PAYLOAD_TOO_LARGE');
    }
  });

  it('counts failed sign-ins on both API processes together', async () => {
    const [one, two] = apis.map((api) => api.url);
    const office = '127.0.30.1';
    // Five failures, three on one process and two on the other: neither saw the limit of five alone.
    for (const url of [one, two, one, two, one]) {
      expect(await login(url, office, mayors[0], 'verkeerd')).toMatchObject({ code: 'UNAUTHENTICATED', signedIn: false });
    }
    expect(await login(two, office, mayors[0], PASSWORD)).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', signedIn: false });
    expect(await login(one, office, mayors[0], PASSWORD)).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', signedIn: false });
    // The limit is per account and address: from another address the right password still works.
    expect(await login(one, '127.0.30.2', mayors[0], PASSWORD)).toMatchObject({ status: 200, signedIn: true });
  });

  throughProxy('counts sign-ins behind the proxy per real client, whatever X-Forwarded-For the client sends', async () => {
    const url = (proxy as Proxy).url;
    const client = '127.0.31.1';
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      // Each attempt claims to come from somewhere else; the proxy replaces the claim with the real address.
      expect(await login(url, client, mayors[1], 'verkeerd', { 'x-forwarded-for': `198.51.100.${attempt}` })).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    expect(await login(url, client, mayors[1], PASSWORD, { 'x-forwarded-for': '198.51.100.99' })).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', signedIn: false });
    // Another client behind the same proxy is another address to the API, not the proxy's own.
    expect(await login(url, '127.0.32.1', mayors[1], PASSWORD)).toMatchObject({ status: 200, signedIn: true });
  });

  it('tells a subscriber on one API process of a change made through the other', async () => {
    const [one, two] = apis.map((api) => api.url);
    const session = await signIn(one, directors[0], PASSWORD);
    const { createVastloper } = await graphqlData<{ createVastloper: { id: string } }>(
      one,
      CREATE,
      { input: { allianceId: people.allianceIds[0], title: 'Schuldhulp wacht op de gemeente', category: 'FINANCIERING', actielijn: 'VEILIGHEID', confidential: false } },
      { token: session.token },
    );
    const item = createVastloper.id;
    const subscribers = [live<LadderEvent>(two, session.token, LADDER)];
    if (proxy) {
      // Through nginx too: the WebSocket upgrade passes, to whichever process it picks.
      subscribers.push(live<LadderEvent>(proxy.url, session.token, LADDER));
    }
    // A made-up move that goes nowhere, published as the API does, until each subscriber hears it.
    const probe = () =>
      publishLive(pubsub, redis.url, 'ladderItemChanged', {
        itemType: 'VASTLOPER',
        itemId: item,
        allianceIds: [people.allianceIds[0]],
        confidential: false,
        fromRung: 'PROGRAMMABUREAU',
        toRung: 'PROGRAMMABUREAU',
        status: 'OPEN',
        at: new Date().toISOString(),
      });
    const isProbe = (event: LadderEvent) => event.ladderItemChanged.toRung === 'PROGRAMMABUREAU';
    for (const subscriber of subscribers) {
      await untilListening(subscriber, probe, isProbe);
    }

    await graphqlData(one, ESCALATE, { id: item }, { token: session.token });
    for (const subscriber of subscribers) {
      const moved = await subscriber.next((event) => event.ladderItemChanged.toRung === 'ALLIANTIE');
      expect(moved.ladderItemChanged).toEqual({ itemId: item, fromRung: 'PROGRAMMABUREAU', toRung: 'ALLIANTIE', item: { id: item, rung: 'ALLIANTIE' } });
      expect(subscriber.errors).toEqual([]);
    }
  });

  it('escalates every due item exactly once with two workers sweeping', async () => {
    // What each worker process finished, to see that both took part.
    const finished = workers.map(() => 0);
    workers.forEach((worker, index) => {
      worker.get(EscalationProcessor).worker.on('completed', (job: Job) => {
        if (job.name === JOBS.escalation.escalate) finished[index] += 1;
      });
    });
    await insertStalledVastlopers(db.dataSource, ladder, { count: DUE_ITEMS, stall: '1 second' });

    const escalated = async (): Promise<number> =>
      Number(
        (
          (await db.dataSource.query(
            `SELECT count(*) FROM escalation_event e JOIN vastloper v ON v.id = e.vastloper_id WHERE v.alliance_id = ANY($1) AND e.cause = 'STALLED'`,
            [ladder.allianceIds],
          )) as { count: string }[]
        )[0].count,
      );
    await waitFor('every due item to be escalated', async () => (await escalated()) >= DUE_ITEMS, 30_000);
    // Two more sweeps on the workers' schedule (every second): none may move an item again.
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    const perItem: { events: string; items: string }[] = await db.dataSource.query(
      `SELECT events, count(*) AS items FROM (
         SELECT v.id, count(e.id) AS events FROM vastloper v LEFT JOIN escalation_event e ON e.vastloper_id = v.id
          WHERE v.alliance_id = ANY($1) GROUP BY v.id) AS counted GROUP BY events`,
      [ladder.allianceIds],
    );
    expect(perItem).toEqual([{ events: '1', items: String(DUE_ITEMS) }]);
    const rungs: { rung: string; count: string }[] = await db.dataSource.query(
      `SELECT rung, count(*) FROM vastloper WHERE alliance_id = ANY($1) GROUP BY rung`,
      [ladder.allianceIds],
    );
    expect(rungs).toEqual([{ rung: 'ALLIANTIE', count: String(DUE_ITEMS) }]);
    // Once on an agenda, each at a place of its own, and each holder and owner told once.
    const agenda: { placed: string; positions: string }[] = await db.dataSource.query(
      `SELECT count(*) AS placed, count(DISTINCT (a.meeting_id, a.position)) AS positions
         FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id WHERE m.alliance_id = ANY($1) AND a.source = 'ESCALATION'`,
      [ladder.allianceIds],
    );
    expect(agenda).toEqual([{ placed: String(DUE_ITEMS), positions: String(DUE_ITEMS) }]);
    const told: { sent: string; distinct: string }[] = await db.dataSource.query(
      `SELECT count(*) AS sent, count(DISTINCT (n.recipient_id, n.vastloper_id, n.kind)) AS distinct
         FROM notification n JOIN vastloper v ON v.id = n.vastloper_id WHERE v.alliance_id = ANY($1)`,
      [ladder.allianceIds],
    );
    expect(told).toEqual([{ sent: String(2 * DUE_ITEMS), distinct: String(2 * DUE_ITEMS) }]);
    expect(finished.every((count) => count > 0)).toBe(true);
  });
});
