import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, QueueEvents } from 'bullmq';
import { createRedisConnection, JOBS, QUEUES } from '@doorbraak/server-core';
import { createTestDatabase, freePort, testRedisUrl, type TestDatabase } from '@doorbraak/server-testing';

const root = join(__dirname, '..', '..', '..');

const startWorker = (env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } => {
  let output = '';
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/worker/src/main.ts'],
    { cwd: root, env: { ...process.env, NODE_ENV: 'test', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
};

const waitFor = async (condition: () => boolean, what: string, timeoutMs = 45_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe('the worker process', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db.drop();
  });

  it('refuses to run on a Redis that may evict keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorbraak-redis-'));
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--maxmemory-policy', 'allkeys-lru']);
    try {
      const probe = createRedisConnection(`redis://127.0.0.1:${port}`);
      await waitFor(() => probe.status === 'ready', 'the evicting Redis');
      probe.disconnect();

      const worker = startWorker({ DATABASE_URL: db.appUrl, REDIS_URL: `redis://127.0.0.1:${port}` });
      expect(await worker.exited).toBe(1);
      expect(worker.output()).toContain('maxmemory-policy is "allkeys-lru"');
      expect(worker.output()).toContain('noeviction');
    } finally {
      redis.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to run on a Redis without append-only persistence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorbraak-redis-'));
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--maxmemory-policy', 'noeviction']);
    try {
      const probe = createRedisConnection(`redis://127.0.0.1:${port}`);
      await waitFor(() => probe.status === 'ready', 'the Redis without an append-only file');
      probe.disconnect();

      const worker = startWorker({ DATABASE_URL: db.appUrl, REDIS_URL: `redis://127.0.0.1:${port}` });
      expect(await worker.exited).toBe(1);
      expect(worker.output()).toContain('appendonly is "no"');
    } finally {
      redis.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start with a clear message when a variable is wrong', async () => {
    const worker = startWorker({ DATABASE_URL: 'mysql://nope', REDIS_URL: testRedisUrl() });
    expect(await worker.exited).toBe(1);
    expect(worker.output()).toContain('DATABASE_URL="mysql://nope" must start with postgres:');
  });

  it('takes escalation jobs from the queue, and fails a job it has no handler for so it stays visible', async () => {
    const connection = createRedisConnection(testRedisUrl());
    const queue = new Queue(QUEUES.escalation, { connection });
    const eventsConnection = createRedisConnection(testRedisUrl());
    const events = new QueueEvents(QUEUES.escalation, { connection: eventsConnection });
    await events.waitUntilReady();
    const healthPort = await freePort();
    const worker = startWorker({ DATABASE_URL: db.appUrl, REDIS_URL: testRedisUrl(), WORKER_HEALTH_PORT: String(healthPort) });
    try {
      await waitFor(() => worker.output().includes('worker running'), 'the worker to start');
      // Its liveness probe reports both connections.
      const health = await fetch(`http://127.0.0.1:${healthPort}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', postgres: 'up', redis: 'up' });
      expect((await fetch(`http://127.0.0.1:${healthPort}/graphql`)).status).toBe(404);
      const sweep = await queue.add(JOBS.escalation.sweep, {}, { attempts: 1 });
      await sweep.waitUntilFinished(events, 20_000);
      expect(await sweep.getState()).toBe('completed');

      const unknown = await queue.add('no-such-job', {}, { attempts: 1 });
      await expect(unknown.waitUntilFinished(events, 20_000)).rejects.toThrow('No handler for job "no-such-job"');
      expect(await unknown.getState()).toBe('failed');
      await unknown.remove();
    } finally {
      worker.child.kill('SIGTERM');
      await worker.exited;
      await events.close();
      await queue.close();
      connection.disconnect();
      eventsConnection.disconnect();
    }
  });
});
