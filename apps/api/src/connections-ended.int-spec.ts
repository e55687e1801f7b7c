import { Client } from 'pg';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, graphqlData, graphqlRequest, signIn, startTestApi, type GraphqlResult, type TestApi, type TestDatabase } from '@doorbraak/server-testing';

// What the three user roles ask most (the drill's mix), each read and write that a connection ended by the
// server (57P01, as when PostgreSQL shuts down) can hit at any statement: in the session check, a root
// resolver, a field resolver, a DataLoader batch, a transaction, its commit.
const OPERATIONS: readonly { readonly name: string; readonly role: Role; readonly query: string; readonly variables: (ids: Ids, round: number) => Record<string, unknown> }[] = [
  {
    name: 'vastlopers',
    role: 'director',
    query: `query ($filter: VastloperFilter) { vastlopers(filter: $filter, first: 20) {
      totalCount edges { node { id title status rung stalled nextEscalationAt alliance { id name } owner { name } lastEscalation { at } } } } }`,
    variables: (ids) => ({ filter: { allianceId: ids.allianceId, statuses: ['OPEN', 'IN_BEHANDELING'] } }),
  },
  {
    name: 'meetings',
    role: 'director',
    query: 'query ($filter: MeetingFilter) { meetings(filter: $filter, first: 10) { totalCount edges { node { id title type status scheduledAt } } } }',
    variables: (ids) => ({ filter: { allianceId: ids.allianceId } }),
  },
  {
    name: 'agenda',
    role: 'director',
    query: 'query ($id: ID!) { meeting(id: $id) { id title status agenda { id position title kind minutesAllotted item { title } } agendaTime { totalMinutes } } }',
    variables: (ids) => ({ id: ids.meetingId }),
  },
  {
    name: 'addProgress',
    role: 'director',
    query: 'mutation ($itemId: ID!, $text: String!) { addProgress(itemId: $itemId, text: $text) { id at } }',
    variables: (ids, round) => ({ itemId: ids.vastloperId, text: `Voortgang besproken (${round}).` }),
  },
  {
    name: 'createVastloper',
    role: 'rijksvertegenwoordiger',
    query: 'mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id status rung } }',
    variables: (ids, round) => ({
      input: { allianceId: ids.allianceId, title: `Schuldhulp stopt bij verhuizing (${round})`, description: 'Een gezin valt tussen twee gemeenten.', category: 'FINANCIERING', actielijn: 'MEEDOEN' },
    }),
  },
  {
    name: 'vastloper',
    role: 'rijksvertegenwoordiger',
    query: `query ($id: ID!) { vastloper(id: $id) { id title description status rung category actielijn lastProgressAt
      owner { name } reporter { name } progressUpdates { edges { node { id text at } } } timeline { edges { node { fromRung toRung cause at } } } } }`,
    variables: (ids) => ({ id: ids.vastloperId }),
  },
  {
    name: 'briefing',
    role: 'mayor',
    query: `query ($id: ID!) { meetingBriefing(meetingId: $id) {
      meeting { id scheduledAt } alliance { name } from to newVastlopers { id title rung } escalated { item { id title } fromRung toRung cause at }
      stalledAtTop { id title } doorbrakenAchieved { id title } overdueActionItems { id description dueDate }
      figures { actielijn openVastlopers newVastlopers resolvedVastlopers escalated } } }`,
    variables: (ids) => ({ id: ids.meetingId }),
  },
];

type Role = 'director' | 'rijksvertegenwoordiger' | 'mayor';
type Ids = { allianceId: string; meetingId: string; vastloperId: string };
const AREA = 'rotterdam-zuid';
const EMAIL: Record<Role, string> = {
  director: `programmadirecteur.${AREA}@demo.doorbraak.nl`,
  rijksvertegenwoordiger: `rijksvertegenwoordiger.${AREA}@demo.doorbraak.nl`,
  mayor: `burgemeester.${AREA}@demo.doorbraak.nl`,
};
const ROUNDS = 40;
// The writes run their transactions several times a round: a cut between two of their statements is the rarest.
const WRITES = new Set(['addProgress', 'createVastloper']);
const TIMES_A_ROUND = 3;

// Every error of an answer as "path CODE" (the request's own when it has no path).
const errorsOf = (result: GraphqlResult<unknown>): string[] =>
  (result.body.errors ?? []).map((error) => `${error.path?.join('.') ?? '(request)'} ${String(error.extensions?.['code'])}`);

describe('connections the database server ends in the middle of requests', () => {
  let db: TestDatabase;
  let api: TestApi;
  let killer: Client;
  const tokens = new Map<Role, string>();
  let ids: Ids;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    api = await startTestApi(db.appUrl);
    for (const role of Object.keys(EMAIL) as Role[]) tokens.set(role, (await signIn(api.url, EMAIL[role])).token);
    const [alliance] = await db.dataSource.query<{ id: string }[]>(`SELECT a.id FROM alliance a JOIN focus_area f ON f.id = a.focus_area_id WHERE f.slug = $1`, [AREA]);
    const [meeting] = await db.dataSource.query<{ id: string }[]>(`SELECT id FROM meeting WHERE alliance_id = $1 AND type = 'ALLIANTIE' ORDER BY scheduled_at DESC LIMIT 1`, [alliance.id]);
    const [vastloper] = await db.dataSource.query<{ id: string }[]>(`SELECT id FROM vastloper WHERE alliance_id = $1 AND status = 'OPEN' ORDER BY created_at LIMIT 1`, [alliance.id]);
    ids = { allianceId: alliance.id, meetingId: meeting.id, vastloperId: vastloper.id };
    killer = new Client({ connectionString: db.url });
    await killer.connect();
  });

  afterAll(async () => {
    await killer?.end();
    await api?.app.close();
    await db?.drop();
  });

  it('answer 503 SERVICE_UNAVAILABLE or succeed, never INTERNAL_SERVER_ERROR, wherever the connection ends', async () => {
    const database = new URL(db.appUrl).pathname.slice(1);
    const wrong: string[] = [];
    let refused = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const runs = OPERATIONS.flatMap((operation) => Array.from({ length: WRITES.has(operation.name) ? TIMES_A_ROUND : 1 }, () => operation));
      const answers = Promise.all(
        runs.map(async (operation, index) => ({
          operation,
          result: await graphqlRequest(api.url, operation.query, operation.variables(ids, round * runs.length + index), { token: tokens.get(operation.role) }),
        })),
      );
      // The server ends every connection of the API (57P01) a little later each round, so the cut falls at a
      // different statement of each request.
      await new Promise((resolve) => setTimeout(resolve, round % 20));
      await killer.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND usename = 'doorbraak_app'`, [database]);
      for (const { operation, result } of await answers) {
        const errors = errorsOf(result);
        if (errors.length === 0) continue;
        if (result.status === 503 && errors.every((error) => error.endsWith(' SERVICE_UNAVAILABLE'))) refused += 1;
        else wrong.push(`${operation.name}: ${result.status} ${errors.join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
    // The cut did land inside requests.
    expect(refused).toBeGreaterThan(0);
    // And the API serves again once the server accepts connections.
    await expect(graphqlData(api.url, '{ me { email } }', {}, { token: tokens.get('mayor') })).resolves.toEqual({ me: { email: EMAIL.mayor } });
  }, 180_000);
});
