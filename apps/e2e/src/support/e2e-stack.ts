import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { e2eOutputDir, repoRoot } from './e2e-paths';

export type StackProcess = {
  name: string;
  pid: number;
  stderrLog: string;
  stdoutLog: string;
};

type SpawnOptions = {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
};

type ExitState = { code: number | null; signal: NodeJS.Signals | null } | null;

export type RunningProcess = StackProcess & { exitState: () => ExitState };

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const requireFile = (file: string, hint: string): string => {
  const absolute = path.join(repoRoot, file);
  if (!existsSync(absolute)) {
    throw new Error(`e2e: ${file} is missing. ${hint}`);
  }
  return absolute;
};

// A server already on the port would answer our health checks in place of the one we start.
export const assertPortFree = (port: number, variable: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () =>
      reject(new Error(`e2e: port ${port} on 127.0.0.1 is already in use; stop that process or set ${variable} to a free port`)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });

export const tailOf = (file: string, lines = 25): string => {
  try {
    const text = readFileSync(file, 'utf8').trimEnd();
    return text ? text.split('\n').slice(-lines).join('\n') : '(empty)';
  } catch {
    return '(no output)';
  }
};

/** Starts a process in its own process group, with output in tmp/e2e/<name>.{out,err}.log. */
export const startProcess = ({ name, command, args, env }: SpawnOptions): RunningProcess => {
  mkdirSync(e2eOutputDir, { recursive: true });
  const stdoutLog = path.join(e2eOutputDir, `${name}.out.log`);
  const stderrLog = path.join(e2eOutputDir, `${name}.err.log`);
  const out = openSync(stdoutLog, 'w');
  const err = openSync(stderrLog, 'w');
  // Files instead of pipes: the child never blocks on a full pipe and the logs outlive the run.
  const child = spawn(command, args, { cwd: repoRoot, env, detached: true, stdio: ['ignore', out, err] });
  closeSync(out);
  closeSync(err);

  let exitState: ExitState = null;
  child.once('exit', (code, signal) => {
    exitState = { code, signal };
  });
  child.once('error', (error) => {
    exitState = { code: null, signal: null };
    writeFileSync(stderrLog, `${error.stack ?? error.message}\n`, { flag: 'a' });
  });
  // Setup must not keep Jest's process alive; teardown kills the group by pid.
  child.unref();

  if (child.pid === undefined) {
    throw new Error(`e2e: could not start ${name} (${command}); see ${stderrLog}`);
  }
  return { name, pid: child.pid, stdoutLog, stderrLog, exitState: () => exitState };
};

const describeFailure = (proc: StackProcess, reason: string): Error =>
  new Error(
    `e2e: ${proc.name} (pid ${proc.pid}) ${reason}.\n` +
      `Last stderr lines (${path.relative(repoRoot, proc.stderrLog)}):\n${tailOf(proc.stderrLog)}\n` +
      `Last stdout lines (${path.relative(repoRoot, proc.stdoutLog)}):\n${tailOf(proc.stdoutLog, 10)}`,
  );

/** Polls `url` until it answers 200, failing early if the process behind it exits. */
export const waitForOk = async (proc: RunningProcess, url: string, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    const exit = proc.exitState();
    if (exit) {
      throw describeFailure(proc, `exited (code ${exit.code ?? '-'}, signal ${exit.signal ?? '-'}) before ${url} answered 200`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) {
        return;
      }
      lastProblem = `status ${response.status}`;
    } catch (error) {
      // undici hides the useful part (e.g. ECONNREFUSED) in `cause`.
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      lastProblem = error instanceof Error ? `${error.message}${cause}` : String(error);
    }
    await delay(250);
  }
  throw describeFailure(proc, `did not answer 200 on ${url} within ${timeoutMs / 1000} s (last: ${lastProblem})`);
};

// How often the e2e stack's worker looks for stalled items (ISO-8601).
export const E2E_SWEEP_EVERY = 'PT2S';

/** Waits until the process writes a line matching `pattern` (to either log), failing early if it exits. */
export const waitForLog = async (proc: RunningProcess, pattern: RegExp, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  };
  while (Date.now() < deadline) {
    const exit = proc.exitState();
    if (exit) {
      throw describeFailure(proc, `exited (code ${exit.code ?? '-'}, signal ${exit.signal ?? '-'}) before it logged ${pattern}`);
    }
    if (pattern.test(read(proc.stdoutLog)) || pattern.test(read(proc.stderrLog))) {
      return;
    }
    await delay(250);
  }
  throw describeFailure(proc, `did not log ${pattern} within ${timeoutMs / 1000} s`);
};

const groupAlive = (pid: number): boolean => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** SIGTERM each process group, then SIGKILL whatever is still there after a grace period. */
export const stopProcessGroups = async (pids: readonly number[], graceMs = 5000): Promise<void> => {
  for (const pid of pids) {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  const deadline = Date.now() + graceMs;
  while (pids.some(groupAlive) && Date.now() < deadline) {
    await delay(100);
  }
  for (const pid of pids.filter(groupAlive)) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Exited between the check and the kill.
    }
  }
};
