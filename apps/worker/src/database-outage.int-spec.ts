import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createRedisConnection, JOBS, QUEUES } from '@doorbraak/server-core';
import { dataSourceOptions } from '@doorbraak/server-data';
import { escalationJobId } from '@doorbraak/server-escalation';
import {
  createLadderFixture,
  freePort,
  insertStalledVastlopers,
  startDedicatedPostgres,
  startDedicatedRedis,
  type DedicatedPostgres,
  type DedicatedRedis,
} from '@doorbraak/server-testing';

const root = join(__dirname, '..', '..', '..');
const ITEMS = 3;
const SWEEP_EVERY_MS = 3_000;

type Worker = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

const startWorker = (env: Record<string, string>): Worker => {
  let output = '';
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/worker/src/main.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
};

const waitFor = async (what: string, condition: () => Promise<boolean> | boolean, timeoutMs = 30_000, everyMs = 100): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
};

// Read while the server may still be coming back: an error counts as "not yet".
const orFalse = async (check: () => Promise<boolean>): Promise<boolean> => check().catch(() => false);

describe('escalating after a PostgreSQL outage', () => {
  let pg: DedicatedPostgres;
  let redis: DedicatedRedis;
  let db: DataSource;
  let worker: Worker | undefined;
  let queue: Queue | undefined;
  const probe = { connection: undefined as ReturnType<typeof createRedisConnection> | undefined };

  beforeAll(async () => {
    pg = await startDedicatedPostgres();
    redis = await startDedicatedRedis();
    db = await new DataSource(dataSourceOptions(pg.url)).initialize();
  }, 120_000);

  afterAll(async () => {
    if (worker && worker.child.exitCode === null && worker.child.signalCode === null) {
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
    await queue?.close();
    probe.connection?.disconnect();
    await db?.destroy();
    await redis?.destroy();
    await pg?.destroy();
  });

  it('escalates an item whose job failed for good while the database was down, by itself and exactly once, once it is back', async () => {
    const fixture = await createLadderFixture(db, { stallTimes: { PROGRAMMABUREAU: 'PT1S', ALLIANTIE: 'PT1H' } });
    const [admin]: { id: string }[] = await db.query(`INSERT INTO person (name, email) VALUES ('Beheerder', 'beheer@fixture.test') RETURNING id`);
    await db.query(`INSERT INTO membership (person_id, alliance_id, role) VALUES ($1, NULL, 'ADMIN')`, [admin.id]);
    await insertStalledVastlopers(db, fixture, { count: ITEMS, stall: '1 second' });
    const items: { id: string; due_ms: string }[] = await db.query(
      `SELECT id, floor(extract(epoch FROM next_escalation_at) * 1000)::bigint AS due_ms FROM vastloper ORDER BY id`,
    );
    const jobIds = items.map((item) =>
      escalationJobId({ itemType: 'VASTLOPER', itemId: item.id, fromRung: 'PROGRAMMABUREAU', period: 0, purpose: 'escalate', dueAt: Number(item.due_ms) }),
    );

    // Holding the items' row locks keeps the jobs of the worker's first sweep waiting inside
    // PostgreSQL, so they are in flight when it goes down.
    const locker = new Client({ connectionString: pg.url });
    locker.on('error', () => undefined);
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('SELECT id FROM vastloper FOR UPDATE');

    probe.connection = createRedisConnection(redis.url);
    const jobs = new Queue(QUEUES.escalation, { connection: probe.connection });
    queue = jobs;
    const healthPort = await freePort();
    const health = async (): Promise<{ status: number; body: unknown }> => {
      const response = await fetch(`http://127.0.0.1:${healthPort}/health`);
      return { status: response.status, body: await response.json() };
    };
    worker = startWorker({
      DATABASE_URL: pg.appUrl,
      REDIS_URL: redis.url,
      ESCALATION_SWEEP_EVERY: `PT${SWEEP_EVERY_MS / 1000}S`,
      ESCALATION_JOB_ATTEMPTS: '3',
      ESCALATION_JOB_BACKOFF: 'PT0.5S',
      WORKER_HEALTH_PORT: String(healthPort),
    });
    const running = worker;
    const states = () => Promise.all(jobIds.map((id) => jobs.getJobState(id)));
    await waitFor('the jobs to wait on the row locks', async () => {
      if (running.child.exitCode !== null) {
        throw new Error(`the worker exited:\n${running.output()}`);
      }
      return (await states()).every((state) => state === 'active');
    }, 60_000);

    // The outage: every session ends (the locker's too), and nothing connects until it is back.
    await pg.stop('fast');
    // One error line per job, naming the job and the item. (A job's state changes in Redis before its
    // worker writes the line, so wait for both.)
    const failureLines = () =>
      running
        .output()
        .split('\n')
        .filter((line) => line.includes('escalation job failed for good'));
    // Generous: on a loaded machine the three attempts and their backoff take longer; when it does time
    // out, the message says where each job was and what the worker printed.
    await waitFor(
      'the jobs to fail for good, each with its error line',
      async () => (await states()).every((state) => state === 'failed') && failureLines().length >= ITEMS,
      90_000,
    ).catch(async (error: Error) => {
      const attempts = await Promise.all(jobIds.map(async (id) => (await jobs.getJob(id))?.attemptsMade ?? '?'));
      const ended = running.child.exitCode ?? running.child.signalCode;
      throw new Error(
        `${error.message}\njob states: ${(await states()).join(', ')}; attempts made: ${attempts.join(', ')}; worker ${ended === null ? 'running' : `ended (${ended})`}` +
          `\nworker output (end):\n${running.output().slice(-6_000)}`,
      );
    });
    const failures = failureLines();
    for (const [index, jobId] of jobIds.entries()) {
      expect(running.output()).toContain(jobId);
      expect(running.output()).toContain(items[index].id);
    }
    expect(failures.length).toBeGreaterThanOrEqual(ITEMS);
    // A sweep comes and goes while the database is away; the liveness probe says what is missing.
    await new Promise((resolve) => setTimeout(resolve, SWEEP_EVERY_MS));
    expect(await states()).toEqual(jobIds.map(() => 'failed'));
    expect(await health()).toEqual({ status: 503, body: { status: 'unavailable', postgres: 'down', redis: 'up' } });

    await pg.start();
    const back = Date.now();
    const escalated = async (): Promise<number> =>
      Number(((await db.query(`SELECT count(*) FROM escalation_event WHERE cause = 'STALLED'`)) as { count: string }[])[0].count);
    await waitFor('the items to escalate', () => orFalse(async () => (await escalated()) >= ITEMS), 4 * SWEEP_EVERY_MS, 50);
    const took = Date.now() - back;
    expect(took).toBeLessThan(2 * SWEEP_EVERY_MS);
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', postgres: 'up', redis: 'up' } });

    // Two more sweeps: nothing moves twice.
    await new Promise((resolve) => setTimeout(resolve, 2 * SWEEP_EVERY_MS));
    const perItem: { rung: string; events: string }[] = await db.query(
      `SELECT v.rung, count(e.id) AS events FROM vastloper v LEFT JOIN escalation_event e ON e.vastloper_id = v.id GROUP BY v.id, v.rung`,
    );
    expect(perItem).toEqual(items.map(() => ({ rung: 'ALLIANTIE', events: '1' })));
    const agenda: { placed: string; items: string }[] = await db.query(
      `SELECT count(*) AS placed, count(DISTINCT vastloper_id) AS items FROM agenda_item WHERE source = 'ESCALATION'`,
    );
    expect(agenda).toEqual([{ placed: String(ITEMS), items: String(ITEMS) }]);
    const told: { kind: string; sent: string; distinct: string }[] = await db.query(
      `SELECT kind, count(*) AS sent, count(DISTINCT (recipient_id, dedupe_key)) AS distinct FROM notification GROUP BY kind ORDER BY kind`,
    );
    // The mayor and the programme director per escalation; the administrator once per failed job.
    expect(told).toEqual([
      { kind: 'ESCALATED', sent: String(2 * ITEMS), distinct: String(2 * ITEMS) },
      { kind: 'ESCALATION_FAILED', sent: String(ITEMS), distinct: String(ITEMS) },
    ]);
    const alerts: { recipient_id: string; dedupe_key: string }[] = await db.query(
      `SELECT recipient_id, dedupe_key FROM notification WHERE kind = 'ESCALATION_FAILED' ORDER BY dedupe_key`,
    );
    expect(alerts).toEqual([...jobIds].sort().map((jobId) => ({ recipient_id: admin.id, dedupe_key: `escalation-failed-${jobId}` })));
    // The jobs ran again under their own ids, and completed.
    expect(await states()).toEqual(jobIds.map(() => 'completed'));
    // Sweeps that ran into the outage are real failures; no escalation job is left among them.
    expect((await jobs.getFailed()).filter((job) => job.name === JOBS.escalation.escalate)).toEqual([]);
    await locker.end().catch(() => undefined);
  }, 240_000);
});
