// Starting the built API and worker (and other servers) as child processes, for the bench scripts and
// `npm run cluster`: their output kept (and shown when one dies), waiting until one answers, stopping them.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..');

// What `npx nx run-many -t build -p api worker` writes.
export const builtMain = (app: 'api' | 'worker'): string => join(repoRoot, 'dist', 'apps', app, 'main.js');

// How the API runs wherever we start it (scripts/start.sh and docker-compose.yml say the same; README "Running at
// scale"). V8 lets the heap grow to a multiple of what survives a collection, and that multiple rises with the
// heap's limit: with the default limit of a large machine the API held 360-430 MB under 8 clients for a live
// heap of 60-90 MB; with this limit it holds about 200 MB, at the same CPU time per request.
export const API_NODE_FLAGS: readonly string[] = ['--max-old-space-size=384'];

// The worker from its TypeScript sources, without a build.
export const WORKER_SOURCES = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(repoRoot, 'apps', 'worker', 'src', 'main.ts')];

export type ServerProcess = {
  readonly name: string;
  readonly child: ChildProcess;
  // The end of what it wrote to stdout and stderr.
  output(): string;
  // Resolves with the exit code (null after a signal) once it has ended.
  readonly exited: Promise<number | null>;
  running(): boolean;
  // `signal` (SIGTERM), then SIGKILL when it has not ended after `graceMs`; resolves once it has ended.
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
};

export type StartOptions = {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  // Each line it writes, as it comes (npm run cluster shows them, prefixed with the name).
  onLine?: (line: string) => void;
  // Keeps the last this many characters of its output (16,000).
  keep?: number;
};

// Starts `command`; when it exits with an error that nobody asked for, its name, code and last output go to stderr.
export const startProcess = (name: string, command: string, args: readonly string[], options: StartOptions = {}): ServerProcess => {
  const child = spawn(command, [...args], { cwd: options.cwd ?? repoRoot, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = options.keep ?? 16_000;
  let output = '';
  let partial = '';
  const collect = (chunk: Buffer): void => {
    const text = chunk.toString();
    output = (output + text).slice(-keep);
    if (options.onLine) {
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      lines.forEach((line) => options.onLine?.(line));
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let stopping = false;
  const exited = new Promise<number | null>((resolve) => {
    child.once('error', (error) => {
      output += `\n${error.message}`;
      resolve(null);
    });
    child.once('exit', (code, signal) => {
      if (!stopping && code !== 0) {
        // Its lines were shown as they came when there is an onLine.
        process.stderr.write(`${name} exited with ${code ?? signal}${options.onLine ? '' : `:\n${output.slice(-4000)}`}\n`);
      }
      resolve(code);
    });
  });
  const running = (): boolean => child.exitCode === null && child.signalCode === null;
  const stop = async (signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<void> => {
    stopping = true;
    if (running()) {
      child.kill(signal);
      const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(killer);
    }
  };
  return { name, child, output: () => output, exited, running, stop };
};

// A Node.js script with this Node.js (`flags` before it, such as --cpu-prof).
export const startNode = (name: string, script: string, options: StartOptions & { flags?: readonly string[] } = {}): ServerProcess =>
  startProcess(name, process.execPath, [...(options.flags ?? []), script], options);

export type WaitOptions = {
  // The request to send (GET).
  init?: RequestInit;
  timeoutMs?: number;
};

// Polls `url` until it answers 200; fails at once, with its output, when the process ends first.
export const waitForHttp = async (server: ServerProcess, url: string, options: WaitOptions = {}): Promise<void> => {
  const timeoutMs = options.timeoutMs ?? 90_000;
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (!server.running()) {
      throw new Error(`${server.name} stopped before it answered on ${url}:\n${server.output().slice(-4000)}`);
    }
    try {
      const response = await fetch(url, { ...options.init, signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) {
        return;
      }
      last = `status ${response.status}`;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${server.name} did not answer 200 on ${url} within ${timeoutMs / 1000} s (${last}):\n${server.output().slice(-4000)}`);
};

// Resolves once the process has written `text`; fails when it ends first.
export const waitForOutput = async (server: ServerProcess, text: string, timeoutMs = 90_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!server.output().includes(text)) {
    if (!server.running()) {
      throw new Error(`${server.name} stopped before it said "${text}":\n${server.output().slice(-4000)}`);
    }
    if (Date.now() > deadline) {
      throw new Error(`${server.name} did not say "${text}" within ${timeoutMs / 1000} s:\n${server.output().slice(-4000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

// Builds the given apps into dist/ (nx, as npm start does); throws with the build's output when it fails.
export const buildApps = (apps: readonly ('api' | 'worker')[]): void => {
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', ...apps, '--outputStyle=static'], { cwd: repoRoot, encoding: 'utf8' });
  if (build.status !== 0) {
    throw new Error(`the build failed:\n${build.stdout}${build.stderr}`);
  }
};
