import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { createRedisConnection, QUEUES } from '@doorbraak/server-core';
import { createLadderFixture, createTestDatabase, insertStalledVastlopers, type TestDatabase } from '@doorbraak/server-testing';

const root = join(__dirname, '..', '..', '..');
const ITEMS = 2_000;

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const waitFor = async (what: string, condition: () => Promise<boolean> | boolean, timeoutMs = 60_000, everyMs = 100): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
};

type Child = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

const track = (child: ChildProcess): Child => {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
};

// A Redis of its own, persisted like production's (append-only, no eviction), so restarting it disturbs no other test.
const startRedis = (port: number, dir: string): Child =>
  track(
    spawn('redis-server', [
      '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '',
      '--appendonly', 'yes', '--appendfsync', 'everysec', '--maxmemory-policy', 'noeviction',
    ]),
  );

const startWorker = (env: Record<string, string>): Child =>
  track(
    spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/worker/src/main.ts'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );

describe('escalating exactly once under faults', () => {
  let db: TestDatabase;
  let dir: string;
  let probe: ReturnType<typeof createRedisConnection> | undefined;
  const children: Child[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'doorbraak-redis-'));
  });

  afterAll(async () => {
    probe?.disconnect();
    for (const { child, exited } of children) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    }
    rmSync(dir, { recursive: true, force: true });
    await db?.drop();
  });

  it('escalates 2,000 stalled items one rung each, with a worker killed mid-sweep and Redis restarted', async () => {
    // One rung only: the bureau stalls at once, the alliance table not within the test.
    const fixture = await createLadderFixture(db.dataSource, {
      alliances: 4,
      stallTimes: { PROGRAMMABUREAU: 'PT1S', ALLIANTIE: 'PT1H' },
    });
    await insertStalledVastlopers(db.dataSource, fixture, { count: ITEMS, stall: '1 second' });

    const port = await freePort();
    const redisUrl = `redis://127.0.0.1:${port}`;
    let redis = startRedis(port, dir);
    children.push(redis);
    const redisProbe = createRedisConnection(redisUrl);
    probe = redisProbe;
    await waitFor('Redis', () => redisProbe.status === 'ready');

    const env = (healthPort: number) => ({
      DATABASE_URL: db.appUrl,
      REDIS_URL: redisUrl,
      ESCALATION_SWEEP_EVERY: 'PT2S',
      WORKER_HEALTH_PORT: String(healthPort),
    });
    const doomed = startWorker(env(await freePort()));
    const survivor = startWorker(env(await freePort()));
    children.push(doomed, survivor);
    await waitFor('both workers to start', () => {
      if (doomed.child.exitCode !== null || survivor.child.exitCode !== null) {
        throw new Error(`a worker exited at start:\n${doomed.output()}\n${survivor.output()}`);
      }
      return doomed.output().includes('worker running') && survivor.output().includes('worker running');
    });

    const escalated = async (): Promise<number> =>
      Number(((await db.dataSource.query(`SELECT count(*) FROM escalation_event WHERE cause = 'STALLED'`)) as { count: string }[])[0].count);

    // SIGKILL one worker while the sweep's jobs are being worked off: its open transactions roll back
    // and its active jobs stall, to be picked up by the other worker after their locks expire.
    await waitFor('the sweep to be under way', async () => (await escalated()) >= ITEMS / 10, 60_000, 20);
    const atKill = await escalated();
    doomed.child.kill('SIGKILL');
    await doomed.exited;

    // Then restart Redis under the surviving worker, which reconnects on its own.
    await waitFor('more escalations after the kill', async () => (await escalated()) > atKill, 60_000, 20);
    const atRestart = await escalated();
    redis.child.kill('SIGTERM');
    await redis.exited;
    redis = startRedis(port, dir);
    children.push(redis);
    await waitFor('Redis to be back', () => redisProbe.status === 'ready');

    await waitFor('every item to be escalated', async () => (await escalated()) >= ITEMS, 80_000, 250);
    // A few more sweeps and stalled-job checks: nothing may be escalated twice afterwards.
    await new Promise((resolve) => setTimeout(resolve, 6_000));

    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(ITEMS);
    expect(atRestart).toBeLessThan(ITEMS);
    const rungs: { rung: string; count: string }[] = await db.dataSource.query(`SELECT rung, count(*) FROM vastloper GROUP BY rung`);
    expect(rungs).toEqual([{ rung: 'ALLIANTIE', count: String(ITEMS) }]);
    const perItem: { events: string; items: string }[] = await db.dataSource.query(
      `SELECT events, count(*) AS items FROM (SELECT v.id, count(e.id) AS events FROM vastloper v
         LEFT JOIN escalation_event e ON e.vastloper_id = v.id GROUP BY v.id) AS counted GROUP BY events`,
    );
    expect(perItem).toEqual([{ events: '1', items: String(ITEMS) }]);
    const agenda: { placed: string; positions: string }[] = await db.dataSource.query(
      `SELECT count(*) AS placed, count(DISTINCT (meeting_id, position)) AS positions FROM agenda_item WHERE source = 'ESCALATION'`,
    );
    expect(agenda).toEqual([{ placed: String(ITEMS), positions: String(ITEMS) }]);
    const notifications: { sent: string; distinct: string }[] = await db.dataSource.query(
      `SELECT count(*) AS sent, count(DISTINCT (recipient_id, vastloper_id, kind)) AS distinct FROM notification`,
    );
    // The mayor (holder) and the programme director (owner) of each item's alliance: two each.
    expect(notifications).toEqual([{ sent: String(2 * ITEMS), distinct: String(2 * ITEMS) }]);

    const queue = new Queue(QUEUES.escalation, { connection: redisProbe });
    expect(await queue.getFailedCount()).toBe(0);
    await queue.close();
  }, 120_000);
});
