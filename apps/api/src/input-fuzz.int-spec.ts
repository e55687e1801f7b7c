import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import { seedDemoData } from '@doorbraak/server-seed';
import { createTestDatabase, DocumentGenerator, FUZZ_ACCOUNTS, fuzzAnswerProblem, fuzzIdPool, printOperation, signIn, startDedicatedRedis, startTestApi, type DedicatedRedis, type FuzzRequest, type FuzzRole, type IdPool, type TestApi, type TestDatabase } from '@doorbraak/server-testing';

// A property-based fuzzer over the committed schema: random documents with random and hostile
// arguments, as five roles, against the real API. FUZZ_SEED replays a run (FUZZ_PATH a failure).
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_205);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2_100);
const PATH = process.env['FUZZ_PATH'];
const HEALTH_EVERY = 200;

type Outcome = { status: number; body: { errors?: { message?: string; extensions?: { code?: unknown } }[] } | null; text: string };

describe('a property-based fuzzer over the schema', () => {
  let db: TestDatabase;
  let redis: DedicatedRedis;
  let api: TestApi;
  const tokens: Partial<Record<FuzzRole, string>> = {};
  const accounts = FUZZ_ACCOUNTS;
  let ids: IdPool = {};

  const signInAs = async (role: Exclude<FuzzRole, 'anonymous'>): Promise<void> => {
    tokens[role] = (await signIn(api.url, accounts[role])).token;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { now: new Date() });
    // Its own Redis: the fuzzer's failed sign-ins and queued jobs disturb no other test.
    redis = await startDedicatedRedis();
    api = await startTestApi(db.appUrl, { config: { redisUrl: redis.url } });
    for (const role of Object.keys(accounts) as Exclude<FuzzRole, 'anonymous'>[]) {
      await signInAs(role);
    }
    ids = await fuzzIdPool((sql, params) => db.dataSource.query(sql, params));
  }, 120_000);

  afterAll(async () => {
    await api?.app.close();
    await redis?.destroy();
    await db?.drop();
  });

  const send = async (request: FuzzRequest): Promise<Outcome & { query: string; variables: Record<string, unknown> }> => {
    const { query, variables } = printOperation(request.operation);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const token = request.role === 'anonymous' ? undefined : tokens[request.role];
    if (token) {
      headers['authorization'] = `Bearer ${token}`;
    }
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const text = await response.text();
    let body: Outcome['body'] = null;
    try {
      body = JSON.parse(text) as Outcome['body'];
    } catch {
      body = null;
    }
    return { status: response.status, body, text, query, variables };
  };

  it(`answers ${RUNS} random documents as five roles without a 5xx, and every error with a code (seed ${SEED}; FUZZ_SEED replays)`, async () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
    const requests = fc.oneof(new DocumentGenerator(schema, ids, 'plausible').request(), new DocumentGenerator(schema, ids, 'hostile').request());
    const codes = new Map<string, number>();
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(requests, async (request) => {
        const outcome = await send(request);
        sent += 1;
        const summary = `${request.role} ${outcome.status} ${outcome.query.slice(0, 300)} ${JSON.stringify(outcome.variables).slice(0, 300)} -> ${outcome.text.slice(0, 300)}`;
        const problem = fuzzAnswerProblem(outcome.status, outcome.text, codes);
        if (problem) {
          throw new Error(`${problem}: ${summary}`);
        }
        // A session the fuzzer ended (logout) is started again, so the role keeps its rights.
        if (request.role !== 'anonymous' && outcome.body?.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) {
          await signInAs(request.role);
        }
        if (sent % HEALTH_EVERY === 0) {
          const health = await fetch(`${api.url}/health`);
          if (health.status !== 200) {
            throw new Error(`/health answered ${health.status} after ${sent} requests`);
          }
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true, ...(PATH ? { path: PATH } : {}) },
    );
    expect(sent).toBeGreaterThanOrEqual(2_000);
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    // The run reached the resolvers, not only the validation: refusals by the policy and by the services too.
    expect([...codes.keys()]).toEqual(expect.arrayContaining(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'UNAUTHENTICATED']));
  }, 600_000);
});
