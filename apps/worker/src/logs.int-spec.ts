import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { freePort, startDedicatedPostgres, startDedicatedRedis, type DedicatedPostgres, type DedicatedRedis } from '@doorbraak/server-testing';

const root = `${__dirname}/../../..`;

type LogLine = { level: number; msg: string; context?: string; [key: string]: unknown };

const waitFor = async (what: string, condition: () => boolean, timeoutMs = 45_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the worker log through outages', () => {
  let postgres: DedicatedPostgres;
  let redis: DedicatedRedis;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startDedicatedPostgres(), startDedicatedRedis()]);
  });

  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      worker.kill('SIGKILL');
    }
    await Promise.all([redis?.destroy(), postgres?.destroy()]);
  });

  it('writes one JSON line per event in production: no ioredis warnings, no stack dumps, failed sweeps with their job id', async () => {
    let output = '';
    worker = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/worker/src/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        JWT_SECRET: randomBytes(32).toString('hex'),
        DATABASE_URL: postgres.appUrl,
        REDIS_URL: redis.url,
        ESCALATION_SWEEP_EVERY: 'PT1S',
        WORKER_HEALTH_PORT: String(await freePort()),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    worker.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    worker.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => worker?.on('exit', resolve));
    await waitFor('the worker to start', () => output.includes('worker running'));

    // Redis away for 5 seconds, then PostgreSQL for 5 seconds while sweeps keep coming.
    await redis.stop();
    await sleep(5_000);
    await redis.start();
    await sleep(3_000);
    await postgres.stop();
    await sleep(5_000);
    await postgres.start();
    await sleep(2_000);
    worker.kill('SIGTERM');
    expect(await exited).toBe(0);

    const lines = output.split('\n').filter((line) => line.trim().length > 0);
    const parsed = lines.map((line) => {
      try {
        return JSON.parse(line) as LogLine;
      } catch {
        throw new Error(`not a JSON log line: ${line}\n--- whole output ---\n${output}`);
      }
    });
    expect(parsed.every((line) => typeof line.level === 'number' && typeof line.msg === 'string')).toBe(true);
    expect(output).not.toContain('Unhandled error event');
    // Unreachable servers are noted by message and code, never with a stack trace.
    expect(parsed.filter((line) => JSON.stringify(line).includes('ECONNREFUSED') && JSON.stringify(line).includes('    at '))).toEqual([]);
    // Every connection that lost Redis says so about once, not once per reconnect attempt.
    const redisLines = parsed.filter((line) => /cannot reach Redis/.test(line.msg));
    expect(redisLines.length).toBeGreaterThan(0);
    expect(redisLines.length).toBeLessThanOrEqual(12);
    // A sweep that failed while PostgreSQL was away is logged, with its queue and job id.
    const failedSweeps = parsed.filter((line) => line['job'] === 'escalation-sweep' && /^job failed/.test(line.msg));
    expect(failedSweeps.length).toBeGreaterThan(0);
    expect(failedSweeps[0]).toEqual(expect.objectContaining({ queue: 'escalation', jobId: expect.any(String), level: expect.any(Number) }));
    expect(failedSweeps.every((line) => line.level >= 40)).toBe(true);
    expect(parsed.some((line) => line.msg === 'worker stopped')).toBe(true);
  });
});
