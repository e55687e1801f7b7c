// The drill's own stack: a PostgreSQL cluster and a Redis of its own (it stops and starts them, so never the
// shared ones), migrated and seeded with the demo data plus generated volume, and the built API and worker
// as child processes pointed at them.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@doorbraak/server-data';
import { seedDemoData } from '@doorbraak/server-seed';
import { freePort, startDedicatedPostgres, startDedicatedRedis, type DedicatedPostgres, type DedicatedRedis } from '@doorbraak/server-testing';
import { generateBenchData, type BenchVolumes } from '../bench/bench-data';
import { API_NODE_FLAGS } from '../support/processes';
import { delay } from '../bench/bench-support';
import { startProxy, type Proxy } from '../cluster/proxy';

const root = join(__dirname, '..', '..');
// What a process printed last, for the report when something went wrong.
const OUTPUT_KEPT = 1024 * 1024;

export type NodeProcess = {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
  readonly alive: () => boolean;
  // SIGTERM (or the signal given), then waits for the end.
  readonly stop: (signal?: NodeJS.Signals) => Promise<void>;
};

const startNode = (script: string, env: Record<string, string>, flags: readonly string[] = []): NodeProcess => {
  const child = spawn(process.execPath, [...flags, join(root, script)], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_KEPT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    child,
    output: () => output,
    exited,
    alive,
    stop: async (signal = 'SIGTERM') => {
      if (alive()) {
        child.kill(signal);
        await exited;
      }
    },
  };
};

// The status of GET url, or 0 when nothing answers within two seconds.
export const healthStatus = async (url: string): Promise<number> => {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2_000) })).status;
  } catch {
    return 0;
  }
};

const waitHealthy = async (what: string, process: NodeProcess, url: string, timeoutMs = 60_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while ((await healthStatus(url)) !== 200) {
    if (!process.alive()) {
      throw new Error(`${what} exited:\n${process.output()}`);
    }
    if (Date.now() > deadline) {
      throw new Error(`${what} did not become healthy:\n${process.output()}`);
    }
    await delay(100);
  }
};

export type ApiProcess = { readonly port: number; readonly url: string; readonly process: NodeProcess };
export type WorkerProcess = { readonly healthUrl: string; readonly process: NodeProcess };

export type Stack = {
  readonly postgres: DedicatedPostgres;
  readonly redis: DedicatedRedis;
  readonly volumes: BenchVolumes;
  readonly apis: readonly ApiProcess[];
  readonly workers: WorkerProcess[];
  // Where clients send their requests: the proxy in front of the APIs, or the one API.
  readonly url: string;
  // Starts one more worker; waits for its /health unless told not to.
  readonly startWorker: (wait?: boolean) => Promise<WorkerProcess>;
  // Every API's and worker's /health answers 200.
  readonly healthy: () => Promise<boolean>;
  readonly close: () => Promise<void>;
};

export type StackOptions = { apis: number; workers: number; scale: number; say: (line: string) => void };

export const startStack = async (options: StackOptions): Promise<Stack> => {
  const postgres = await startDedicatedPostgres();
  const redis = await startDedicatedRedis().catch(async (error: unknown) => {
    await postgres.destroy();
    throw error;
  });
  const apis: ApiProcess[] = [];
  const workers: WorkerProcess[] = [];
  let proxy: Proxy | null = null;
  const close = async (): Promise<void> => {
    await proxy?.stop().catch(() => undefined);
    await Promise.all([...apis.map((api) => api.process.stop('SIGKILL')), ...workers.map((worker) => worker.process.stop('SIGKILL'))]);
    await redis.destroy();
    await postgres.destroy();
  };
  try {
    const started = performance.now();
    const owner = await new DataSource({ ...dataSourceOptions(postgres.url), extra: { max: 2 } }).initialize();
    let volumes: BenchVolumes;
    try {
      await seedDemoData(owner, { now: new Date() });
      volumes = await generateBenchData(owner, { scale: options.scale });
    } finally {
      await owner.destroy();
    }
    options.say(
      `drill: PostgreSQL on port ${postgres.port} and Redis on port ${redis.port} of its own; demo data and ` +
        `${volumes.vastlopers.toLocaleString('en')} generated vastlopers, ${volumes.progressUpdates.toLocaleString('en')} progress updates ` +
        `loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const env = {
      NODE_ENV: 'production',
      // Reached through the proxy or by the drill on this machine only.
      HOST: '127.0.0.1',
      DATABASE_URL: postgres.appUrl,
      REDIS_URL: redis.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      // Sweeps often, so the escalation phase needs no long wait.
      ESCALATION_SWEEP_EVERY: 'PT2S',
    };
    const startWorker = async (wait = true): Promise<WorkerProcess> => {
      const port = await freePort();
      const worker = { healthUrl: `http://127.0.0.1:${port}/health`, process: startNode('dist/apps/worker/main.js', { ...env, WORKER_HEALTH_PORT: String(port) }) };
      workers.push(worker);
      if (wait) await waitHealthy('the worker', worker.process, worker.healthUrl);
      return worker;
    };
    for (let index = 0; index < options.apis; index += 1) {
      const port = await freePort();
      // Behind the proxy, the API takes the client's address from it (sign-in limits per client).
      const proxied: Record<string, string> = options.apis > 1 ? { TRUST_PROXY: '1' } : {};
      const api = { port, url: `http://127.0.0.1:${port}`, process: startNode('dist/apps/api/main.js', { ...env, PORT: String(port), ...proxied }, API_NODE_FLAGS) };
      apis.push(api);
    }
    await Promise.all(apis.map((api, index) => waitHealthy(`API ${index + 1}`, api.process, `${api.url}/health`)));
    for (let index = 0; index < options.workers; index += 1) {
      await startWorker();
    }
    let url = apis[0].url;
    if (apis.length > 1) {
      proxy = await startProxy({ port: await freePort(), upstreams: apis.map((api) => api.port) });
      url = proxy.url;
    }
    const healthy = async (): Promise<boolean> => {
      const statuses = await Promise.all([
        ...apis.map((api) => healthStatus(`${api.url}/health`)),
        ...workers.filter((worker) => worker.process.alive()).map((worker) => healthStatus(worker.healthUrl)),
      ]);
      return statuses.every((status) => status === 200);
    };
    return { postgres, redis, volumes, apis, workers, url, startWorker, healthy, close };
  } catch (error) {
    await close();
    throw error;
  }
};
