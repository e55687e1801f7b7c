// The drill's phases. Each answers a row of the table: what it sent, what went wrong, and why it failed.
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@doorbraak/server-data';
import { createLadderFixture, fuzzIdPool, insertStalledVastlopers } from '@doorbraak/server-testing';
import { delay, query } from '../bench/bench-support';
import { graphql, HANG_MS, Recorder } from './client';
import { fuzz } from './fuzz';
import { lostWrites, signInClients, work, type RoleClient } from './roles';
import { healthStatus, type Stack } from './stack';

export type Settings = {
  readonly clients: number;
  readonly loadMs: number;
  readonly outageMs: number;
  readonly sweepItems: number;
  readonly fuzzRequests: number;
  readonly seed: number;
};

export type PhaseResult = {
  readonly name: string;
  readonly requests?: number;
  readonly serverErrors?: number;
  readonly lostWrites?: number;
  readonly p99?: number;
  readonly max?: number;
  // Empty: PASS.
  readonly failures: string[];
  readonly notes: string[];
  readonly examples: string[];
  // Per kind of request, for the load.
  readonly breakdown?: string[];
};

export type Drill = { readonly stack: Stack; readonly settings: Settings; clients: RoleClient[] };

// Between requests a person reads: the load's clients pause about this long.
const LOAD_PAUSE_MS = 200;
// Outages run under light load: two clients per role.
const LIGHT_CLIENTS = 6;
const RECOVERY_MS = 60_000;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

const waitUntil = async (condition: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 100): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) return false;
    await delay(everyMs);
  }
  return true;
};

// The failures every phase with requests shares: 5xx, unanswered or slow requests, lost writes.
// The load only prints its latencies: how slow a saturated machine answers is no failure, a 5xx is.
const checkRequests = (recorder: Recorder, lost: number, failures: string[], options: { outage: boolean }): void => {
  const uncoded = options.outage ? recorder.uncodedServerErrors : recorder.serverErrors;
  if (uncoded > 0) failures.push(`${uncoded} × 5xx${options.outage ? ' without SERVICE_UNAVAILABLE' : ''}`);
  if (recorder.noAnswer > 0) failures.push(`${recorder.noAnswer} requests without an answer`);
  if (options.outage && recorder.hangs > 0) failures.push(`${recorder.hangs} requests took longer than ${HANG_MS / 1000} s`);
  if (lost > 0) failures.push(`${lost} acknowledged writes lost`);
};

const processesAlive = (stack: Stack, failures: string[]): void => {
  const dead = stack.apis.filter((api) => !api.process.alive()).length;
  if (dead > 0) failures.push(`${dead} API process(es) ended`);
};

// A phase of requests: the recorder's figures, with what failed and what to note.
const requestsResult = (name: string, recorder: Recorder, lostWrites: number | undefined, failures: string[], notes: string[]): PhaseResult => ({
  name,
  requests: recorder.requests,
  serverErrors: recorder.serverErrors,
  lostWrites,
  p99: recorder.p99,
  max: recorder.max,
  failures,
  notes,
  examples: recorder.examples,
});

// Error answers the phase did not expect, by code.
const unexpectedErrors = (recorder: Recorder, failures: string[]): void => {
  const unexpected = recorder.otherErrors();
  if (unexpected.length > 0) failures.push(`errors: ${unexpected.join(', ')}`);
};

export const loadPhase = async (drill: Drill): Promise<PhaseResult> => {
  const { stack, settings } = drill;
  const recorder = new Recorder();
  drill.clients = await signInClients(stack.url, stack.postgres.url, settings.clients, recorder);
  const until = Date.now() + settings.loadMs;
  await work(stack.url, drill.clients, recorder, () => Date.now() < until, LOAD_PAUSE_MS);
  const lost = await lostWrites(stack.postgres.url, recorder);
  const failures: string[] = [];
  checkRequests(recorder, lost, failures, { outage: false });
  unexpectedErrors(recorder, failures);
  if (recorder.writes.length === 0) failures.push('no write was acknowledged');
  processesAlive(stack, failures);
  return {
    ...requestsResult(`load: ${settings.clients} clients, ${seconds(settings.loadMs)}`, recorder, lost, failures, [
      `${Math.round(recorder.requests / (settings.loadMs / 1000))} req/s, ${recorder.writes.length} writes acknowledged`,
    ]),
    breakdown: recorder.breakdown(),
  };
};

type Outage = {
  readonly name: string;
  readonly stop: () => Promise<void>;
  readonly start: () => Promise<void>;
  // Checks of its own while the server is down; answers failures.
  readonly whileDown?: (recorder: Recorder) => Promise<string[]>;
};

// A server stopped in the middle of light load: 503 with a code while it is down, nothing hangs, the API
// and the workers come back by themselves, and every acknowledged write is still there.
const outagePhase = async (drill: Drill, outage: Outage): Promise<PhaseResult> => {
  const { stack, settings } = drill;
  const recorder = new Recorder(true);
  const failures: string[] = [];
  if (drill.clients.length === 0) drill.clients = await signInClients(stack.url, stack.postgres.url, LIGHT_CLIENTS, recorder);
  let running = true;
  const load = work(stack.url, drill.clients.slice(0, LIGHT_CLIENTS), recorder, () => running, LOAD_PAUSE_MS);
  let recoveredAfter = Number.NaN;
  let workerDown = false;
  try {
    await delay(2_000);
    await outage.stop();
    const downAt = Date.now();
    await delay(1_000);
    workerDown = (await Promise.all(stack.workers.filter((worker) => worker.process.alive()).map((worker) => healthStatus(worker.healthUrl)))).every(
      (status) => status === 503,
    );
    failures.push(...((await outage.whileDown?.(recorder)) ?? []));
    await delay(Math.max(0, downAt + settings.outageMs - Date.now()));
    await outage.start();
    const upAt = Date.now();
    if (await waitUntil(() => stack.healthy(), RECOVERY_MS)) {
      recoveredAfter = Date.now() - upAt;
      // A write goes through again.
      const written = recorder.writes.length;
      if (!(await waitUntil(() => recorder.writes.length > written, 20_000))) failures.push('no write acknowledged after the recovery');
    } else {
      failures.push(`API or worker not healthy ${RECOVERY_MS / 1000} s after the restart`);
    }
  } finally {
    running = false;
    await load;
  }
  const lost = await lostWrites(stack.postgres.url, recorder);
  checkRequests(recorder, lost, failures, { outage: true });
  if (recorder.outageAnswers === 0) failures.push('no 503 SERVICE_UNAVAILABLE while down');
  unexpectedErrors(recorder, failures);
  if (!workerDown) failures.push('the worker’s /health did not answer 503 while down');
  processesAlive(stack, failures);
  return requestsResult(outage.name, recorder, lost, failures, [
    `${recorder.outageAnswers} × 503 SERVICE_UNAVAILABLE while down`,
    Number.isNaN(recoveredAfter) ? 'no recovery' : `healthy ${seconds(recoveredAfter)} after the restart`,
  ]);
};

export const postgresOutagePhase = (drill: Drill): Promise<PhaseResult> =>
  outagePhase(drill, {
    name: `PostgreSQL stopped ${seconds(drill.settings.outageMs)}`,
    stop: () => drill.stack.postgres.stop('fast'),
    start: () => drill.stack.postgres.start(),
  });

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';

export const redisOutagePhase = (drill: Drill): Promise<PhaseResult> =>
  outagePhase(drill, {
    name: `Redis stopped ${seconds(drill.settings.outageMs)}`,
    stop: () => drill.stack.redis.stop(),
    start: () => drill.stack.redis.start(),
    // Sign-in fails closed: the failed-attempt limits cannot be checked, so every attempt is refused as an outage.
    whileDown: async (recorder) => {
      const failures: string[] = [];
      const email = drill.clients[0].email;
      for (const password of ['doorbraak', 'fout-1', 'fout-2', 'doorbraak']) {
        const answer = recorder.record('sign-in while Redis is down', await graphql(drill.stack.url, LOGIN, { email, password }));
        if (answer.status !== 503 || answer.code !== 'SERVICE_UNAVAILABLE') {
          failures.push(`sign-in while Redis is down answered ${answer.status} ${answer.code ?? (answer.body?.data ? 'with a token' : '')}`);
        }
      }
      return failures;
    },
  });

// A worker killed with SIGKILL and Redis restarted while due items are being escalated: afterwards every item
// moved exactly once. Row locks on half of the items keep their jobs in flight, so the kill always lands mid-sweep.
export const sweepPhase = async (drill: Drill): Promise<PhaseResult> => {
  const { stack, settings } = drill;
  const failures: string[] = [];
  const db = await new DataSource({ ...dataSourceOptions(stack.postgres.url), extra: { max: 2 } }).initialize();
  const locker = new Client({ connectionString: stack.postgres.url });
  await locker.connect();
  let counts = { once: 0, twice: 0, never: settings.sweepItems };
  const notes: string[] = [];
  try {
    const fixture = await createLadderFixture(db, { alliances: 4, stallTimes: { PROGRAMMABUREAU: 'PT1S', ALLIANTIE: 'PT1H' } });
    await insertStalledVastlopers(db, fixture, { count: settings.sweepItems, stall: '1 second' });
    await locker.query('BEGIN');
    await locker.query(`SELECT id FROM vastloper WHERE alliance_id = ANY($1::uuid[]) AND abs(hashtext(id::text)) % 2 = 0 FOR UPDATE`, [fixture.allianceIds]);
    const tally = async () => {
      const [row] = await query<{ once: string; twice: string; never: string }>(
        stack.postgres.url,
        `SELECT count(*) FILTER (WHERE events = 1) AS once, count(*) FILTER (WHERE events > 1) AS twice, count(*) FILTER (WHERE events = 0) AS never
           FROM (SELECT v.id, count(e.id) AS events FROM vastloper v
                   LEFT JOIN escalation_event e ON e.vastloper_id = v.id AND e.cause = 'STALLED'
                  WHERE v.alliance_id = ANY($1::uuid[]) GROUP BY v.id) AS per_item`,
        [fixture.allianceIds],
      );
      counts = { once: Number(row.once), twice: Number(row.twice), never: Number(row.never) };
      return counts.once + counts.twice;
    };
    // Under way, and stuck on the locked items: the count stands still a second.
    let last = -1;
    let stillSince = Date.now();
    const underWay = await waitUntil(async () => {
      const now = await tally();
      if (now !== last) {
        last = now;
        stillSince = Date.now();
      }
      return now > 0 && Date.now() - stillSince > 1_000;
    }, 60_000, 200);
    if (!underWay) failures.push('the sweep did not start');
    const atKill = await tally();
    const doomed = stack.workers.find((worker) => worker.process.alive());
    await doomed?.process.stop('SIGKILL');
    // Its replacement starts while the locks hold; it is checked healthy at the end.
    await stack.startWorker(false);
    await stack.redis.stop();
    await delay(1_000);
    await stack.redis.start();
    const atRestart = await tally();
    await locker.query('COMMIT');
    if (!(await waitUntil(async () => (await tally()) >= settings.sweepItems, 120_000, 250))) failures.push('not every item escalated within 120 s');
    // Two more sweeps and a stalled-job check: nothing may move twice afterwards.
    await delay(6_000);
    await tally();
    notes.push(`${settings.sweepItems} items: escalated ${atKill} before the kill, ${atRestart} at the Redis restart`);
    if (!(await waitUntil(() => stack.healthy(), 30_000))) failures.push('a worker or API not healthy afterwards');
  } finally {
    await locker.end().catch(() => undefined);
    await db.destroy();
  }
  if (counts.twice > 0) failures.push(`${counts.twice} items escalated more than once`);
  if (counts.never > 0) failures.push(`${counts.never} items never escalated`);
  notes.push(`${counts.once} escalated exactly once`);
  return { name: `worker SIGKILL + Redis restart, ${settings.sweepItems} due`, lostWrites: counts.never, failures, notes, examples: [] };
};

export const fuzzPhase = async (drill: Drill): Promise<PhaseResult> => {
  const { stack, settings } = drill;
  const recorder = new Recorder();
  const ids = await fuzzIdPool((sql, params) => query(stack.postgres.url, sql, params));
  const outcome = await fuzz(stack.url, ids, settings.fuzzRequests, settings.seed, recorder);
  const failures: string[] = [];
  if (recorder.serverErrors > 0) failures.push(`${recorder.serverErrors} × 5xx`);
  if (outcome.problems > 0) failures.push(`${outcome.problems} answers without JSON or an error code`);
  if (recorder.noAnswer > 0) failures.push(`${recorder.noAnswer} requests without an answer`);
  for (const api of stack.apis) {
    if ((await healthStatus(`${api.url}/health`)) !== 200) failures.push(`API on port ${api.port} not healthy afterwards`);
  }
  processesAlive(stack, failures);
  const top = [...outcome.codes].sort((left, right) => right[1] - left[1]).slice(0, 4);
  return requestsResult(`${settings.fuzzRequests.toLocaleString('en')} hostile requests (seed ${settings.seed})`, recorder, undefined, failures, [
    top.map(([code, count]) => `${code} ×${count}`).join(', '),
  ]);
};
