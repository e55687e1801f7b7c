// npm run bench:api-auth — what an authenticated request costs the built API, on the demo data:
//   * requests/s and p50/p95/p99 latency of `{ me { email } }`, an alliance's vastlopers list (50, as the
//     list screen asks for them) and the mayor's briefing, at 1 and at 8 concurrent clients (autocannon);
//   * per request: the database transactions (every read statement runs in its own) and the rows written.
// Builds the API (skip with --no-build), makes a database of its own (migrated and seeded, dropped after the
// run; --keep keeps it), and starts the API on a port of its own in production mode with a Redis database of
// its own. --profile writes a V8 CPU profile of the API to tmp/bench-profile (open it in Chrome's DevTools).
// BENCH_SECONDS (10) is the length of one measurement; BENCH_API_PORT (3900), BENCH_REDIS_DB (4) and
// BENCH_DATABASE (doorbraak_bench_api) move it out of another run's way. BENCH_API_MAIN runs another build of
// the API (its main.js) against the same data, to compare two versions (then nothing is built).
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadAdminDatabaseUrl } from '@doorbraak/server-core';
import { dataSourceOptions } from '@doorbraak/server-data';
import { DEMO_PASSWORD, seedDemoData } from '@doorbraak/server-seed';
import { API_NODE_FLAGS, builtMain, repoRoot as root, startNode, waitForHttp, type ServerProcess } from '../support/processes';
import { admin, delay, say, withDatabase } from './bench-support';

const args = new Set(process.argv.slice(2));
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const PORT = Number(process.env['BENCH_API_PORT'] ?? 3900);
const REDIS_DB = Number(process.env['BENCH_REDIS_DB'] ?? 4);
const DATABASE = process.env['BENCH_DATABASE'] ?? 'doorbraak_bench_api';
const API_MAIN = process.env['BENCH_API_MAIN'];
const CLIENTS = [1, 8] as const;
// Sequential requests per scenario for the per-request database figures.
const SAMPLE = 100;
const SLUG = 'rotterdam-zuid';
const base = `http://127.0.0.1:${PORT}`;

// The app role's URL for the bench database: the API never runs as the schema owner.
const appUrl = (adminUrl: string): string => {
  const parsed = new URL(withDatabase(process.env['DATABASE_URL'] ?? adminUrl, DATABASE));
  return parsed.toString();
};

const post = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`${response.status} ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
};

const signIn = async (email: string): Promise<string> =>
  (await post<{ login: { accessToken: string } }>('mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }', {
    email,
    password: DEMO_PASSWORD,
  })).login.accessToken;

const startApi = (env: Record<string, string>): ServerProcess =>
  startNode('the API', API_MAIN ?? builtMain('api'), {
    env: { ...process.env, ...env },
    flags: [...API_NODE_FLAGS, ...(args.has('--profile') ? ['--cpu-prof', `--cpu-prof-dir=${join(root, 'tmp', 'bench-profile')}`] : [])],
  });

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

type Run = { rps: number; p50: number; p95: number; p99: number; requests: number; failures: number; cpuMs: number };

// The API process's CPU time (user and system) in ms: per request, a figure that other load on the machine
// disturbs far less than latency does.
const cpuTimeMs = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  // utime and stime are the 14th and 15th fields of the line, in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

// One autocannon run; latencies are collected per response, so the percentiles are exact.
const load = async (pid: number, body: string, token: string, connections: number, duration: number): Promise<Run> => {
  const latencies: number[] = [];
  const cpuBefore = cpuTimeMs(pid);
  const instance = autocannon({
    url: `${base}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
    connections,
    duration,
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  const cpuMs = cpuTimeMs(pid) - cpuBefore;
  latencies.sort((left, right) => left - right);
  return {
    rps: result.requests.total / duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
    cpuMs: cpuMs / Math.max(1, result.requests.total),
  };
};

type DbFigures = { transactions: number; written: number };

// The statistics collector flushes a backend's counters when it has been idle a while: wait for that.
const databaseFigures = async (stats: Client): Promise<DbFigures> => {
  await delay(11_000);
  const [row] = (
    await stats.query(
      `SELECT xact_commit + xact_rollback AS transactions, tup_inserted + tup_updated + tup_deleted AS written
         FROM pg_stat_database WHERE datname = $1`,
      [DATABASE],
    )
  ).rows as { transactions: string; written: string }[];
  return { transactions: Number(row.transactions), written: Number(row.written) };
};

const main = async (): Promise<void> => {
  const adminUrl = loadAdminDatabaseUrl();
  if (!args.has('--no-build') && !API_MAIN) {
    say('bench: building the API');
    const build = spawnSync('npx', ['webpack', '--config', 'apps/api/webpack.config.js'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) {
      throw new Error(`the build failed:\n${build.stdout}${build.stderr}`);
    }
  }
  await admin(adminUrl, `DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await admin(adminUrl, `CREATE DATABASE "${DATABASE}"`);
  const dataSource = await new DataSource(dataSourceOptions(withDatabase(adminUrl, DATABASE))).initialize();
  let api: ServerProcess | undefined;
  const stats = new Client({ connectionString: withDatabase(adminUrl, DATABASE) });
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await seedDemoData(dataSource, { now: new Date() });
    await dataSource.query('VACUUM ANALYZE');
    const [alliance] = (await dataSource.query(
      `SELECT a.id FROM alliance a JOIN focus_area f ON f.id = a.focus_area_id WHERE f.slug = $1`,
      [SLUG],
    )) as { id: string }[];
    const [meeting] = (await dataSource.query(
      `SELECT id FROM meeting WHERE alliance_id = $1 AND type = 'ALLIANTIE' AND status <> 'CANCELLED' AND scheduled_at > now()
        ORDER BY scheduled_at LIMIT 1`,
      [alliance.id],
    )) as { id: string }[];
    await stats.connect();

    const redis = new URL(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:56379');
    redis.pathname = `/${REDIS_DB}`;
    api = startApi({
      NODE_ENV: 'production',
      PORT: String(PORT),
      DATABASE_URL: appUrl(adminUrl),
      REDIS_URL: redis.toString(),
      JWT_SECRET: randomBytes(32).toString('hex'),
    });
    await waitForHttp(api, `${base}/health`, { timeoutMs: 30_000 });
    const director = await signIn(`programmadirecteur.${SLUG}@demo.doorbraak.nl`);
    const mayor = await signIn(`burgemeester.${SLUG}@demo.doorbraak.nl`);

    const scenarios: { name: string; token: string; query: string; variables: Record<string, unknown> }[] = [
      { name: 'me { email }', token: director, query: '{ me { email } }', variables: {} },
      {
        name: 'vastlopers (50)',
        token: director,
        query: `query ($filter: VastloperFilter, $first: Int) { vastlopers(filter: $filter, first: $first) {
          totalCount pageInfo { endCursor hasNextPage }
          edges { cursor node { id title status rung category confidential stalled overdueAtTop rungEnteredAt earlyWarningAt
            nextEscalationAt answerTime { flag } alliance { id name slug } viewerCan { escalate deEscalate acknowledge } } } } }`,
        variables: { filter: { allianceId: alliance.id }, first: 50 },
      },
      {
        name: 'meetingBriefing',
        token: mayor,
        query: `query ($id: ID!) { meetingBriefing(meetingId: $id) {
          meeting { id scheduledAt } alliance { name } previousMeeting { id } from to
          newVastlopers { id title rung } escalated { item { id title } fromRung toRung cause at }
          deEscalated { item { id title } fromRung toRung cause at } stalledAtTop { id title } answerOverdue { id title }
          doorbrakenAchieved { id title impact } decisionsNeeded { id title kind } overdueActionItems { id description dueDate }
          openCommitments { id description } noUpdate { title ownerName source }
          figures { actielijn openVastlopers newVastlopers resolvedVastlopers escalated deEscalated doorbrakenAchieved } } }`,
        variables: { id: meeting.id },
      },
    ];

    say(`bench: API (production build${API_MAIN ? ` ${API_MAIN}` : ''}) on port ${PORT}, database ${DATABASE} (demo data), ${SECONDS} s per run after a 2 s warm-up`);
    say('');
    say(`per request (${SAMPLE} requests one after another)`);
    for (const scenario of scenarios) {
      // A failing scenario would measure an error page: check the answer first.
      await post(scenario.query, scenario.variables, scenario.token);
      const before = await databaseFigures(stats);
      for (let index = 0; index < SAMPLE; index += 1) {
        await post(scenario.query, scenario.variables, scenario.token);
      }
      const after = await databaseFigures(stats);
      say(
        `  ${scenario.name.padEnd(18)} ${((after.transactions - before.transactions) / SAMPLE).toFixed(2)} transactions, ` +
          `${((after.written - before.written) / SAMPLE).toFixed(2)} rows written`,
      );
    }
    say('');
    say(`${'query'.padEnd(18)} ${'clients'.padStart(7)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'CPU ms/req'.padStart(10)} ${'failed'.padStart(7)}`);
    const pid = api.child.pid as number;
    for (const scenario of scenarios) {
      const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
      for (const clients of CLIENTS) {
        await load(pid, body, scenario.token, clients, 2);
        const run = await load(pid, body, scenario.token, clients, SECONDS);
        say(
          `${scenario.name.padEnd(18)} ${String(clients).padStart(7)} ${run.rps.toFixed(0).padStart(8)} ${run.p50.toFixed(1).padStart(7)} ` +
            `${run.p95.toFixed(1).padStart(7)} ${run.p99.toFixed(1).padStart(7)} ${run.cpuMs.toFixed(2).padStart(10)} ${String(run.failures).padStart(7)}`,
        );
      }
    }
    const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${api.child.pid}/status`, 'utf8'))?.[1];
    if (peak) {
      say('');
      say(`API peak resident memory: ${Math.round(Number(peak) / 1024)} MB`);
    }
  } finally {
    await api?.stop();
    await stats.end().catch(() => undefined);
    await dataSource.destroy();
    if (!args.has('--keep')) {
      await admin(adminUrl, `DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
    }
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
