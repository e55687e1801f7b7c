import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './dedicated-postgres';

const run = promisify(execFile);

export type DedicatedRedis = {
  port: number;
  url: string;
  // SIGTERM, then waits for the process to end.
  stop: () => Promise<void>;
  // SIGSTOP and SIGCONT: a server that keeps its connections open but answers nothing.
  pause: () => void;
  resume: () => void;
  start: () => Promise<void>;
  destroy: () => Promise<void>;
};

// A Redis of the test's own, persisted like production's (append-only, no eviction).
export const startDedicatedRedis = async (): Promise<DedicatedRedis> => {
  const dir = mkdtempSync(join(tmpdir(), 'doorbraak-redis-'));
  const port = await freePort();
  let child: ChildProcess | null = null;
  const ping = (): Promise<boolean> =>
    run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), 'ping']).then(
      ({ stdout }) => stdout.trim() === 'PONG',
      () => false,
    );
  const start = async (): Promise<void> => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'yes', '--maxmemory-policy', 'noeviction'],
      { stdio: 'ignore' },
    );
    const deadline = Date.now() + 10_000;
    while (!(await ping())) {
      if (Date.now() > deadline) {
        throw new Error(`Redis did not start on port ${port}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const stop = async (): Promise<void> => {
    const running = child;
    child = null;
    if (running && running.exitCode === null && running.signalCode === null) {
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      await exited;
    }
  };
  const signal = (name: 'SIGSTOP' | 'SIGCONT'): void => {
    child?.kill(name);
  };
  const destroy = async (): Promise<void> => {
    signal('SIGCONT');
    await stop();
    rmSync(dir, { recursive: true, force: true });
  };
  await start();
  return { port, url: `redis://127.0.0.1:${port}`, stop, start, pause: () => signal('SIGSTOP'), resume: () => signal('SIGCONT'), destroy };
};
