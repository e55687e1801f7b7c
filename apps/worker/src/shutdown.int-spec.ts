import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createTestDatabase, freePort, startDedicatedRedis, type DedicatedRedis, type TestDatabase } from '@doorbraak/server-testing';

const root = join(__dirname, '..', '..', '..');

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

const waitFor = async (what: string, condition: () => boolean, timeoutMs = 45_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

// Milliseconds from the signal to the process's end, or null when it outlived the limit.
const stopWithin = async (worker: Worker, limitMs: number): Promise<number | null> => {
  const start = Date.now();
  worker.child.kill('SIGTERM');
  const ended = await Promise.race([worker.exited.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), limitMs))]);
  return ended ? Date.now() - start : null;
};

describe('stopping the worker', () => {
  let db: TestDatabase;
  let redis: DedicatedRedis;
  const workers: Worker[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = await startDedicatedRedis();
  });

  afterAll(async () => {
    for (const { child, exited } of workers) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    }
    await redis?.destroy();
    await db?.drop();
  });

  const start = async (): Promise<Worker> => {
    const worker = startWorker({
      DATABASE_URL: db.appUrl,
      REDIS_URL: redis.url,
      ESCALATION_SWEEP_EVERY: 'PT1S',
      WORKER_HEALTH_PORT: String(await freePort()),
    });
    workers.push(worker);
    await waitFor('the worker to start', () => {
      if (worker.child.exitCode !== null) {
        throw new Error(`the worker exited at start:\n${worker.output()}`);
      }
      return worker.output().includes('worker running');
    });
    return worker;
  };

  it('stops at once on SIGTERM while its connections are fine', async () => {
    const worker = await start();
    const took = await stopWithin(worker, 10_000);
    expect(took).not.toBeNull();
    expect(took).toBeLessThan(5_000);
    expect(await worker.exited).toBe(0);
  }, 60_000);

  it('stops within 10 seconds on SIGTERM while Redis is down', async () => {
    const worker = await start();
    await redis.stop();
    // Let the worker's connections notice and start reconnecting, as in a real outage.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const took = await stopWithin(worker, 15_000);
    await redis.start();
    expect(took).not.toBeNull();
    expect(took).toBeLessThan(10_000);
    expect(await worker.exited).toBe(0);
  }, 90_000);
});
