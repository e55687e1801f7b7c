// npm run drill — load and faults (issue 14), against a stack of the drill's own: a PostgreSQL cluster and a
// Redis it may stop and start, migrated, seeded with the demo data and generated volume, and the built API
// and worker as child processes. Prints a table and exits non-zero when a phase fails:
//   1. load: 100 clients for 2 minutes as the three user roles: no 5xx, no lost writes, p99;
//   2. PostgreSQL stopped 10 s under light load: 503 with a code, nothing hangs over 10 s, recovery without restart;
//   3. Redis stopped 10 s: the same, and sign-in fails closed;
//   4. a worker killed (SIGKILL) and Redis restarted while 2,000 due items escalate: each exactly once;
//   5. 10,000 malformed or hostile GraphQL requests (fast-check): no 5xx, no crash, every error with a code.
//   --short     20 clients for 15 s, 4 s outages, 300 items, 500 requests (npm test runs this);
//   --apis N    N APIs, each on a port of its own (behind the proxy where there is one); --workers M workers;
//   --clients N the load's clients;
//   --only load,fuzz  some of the phases (load, postgres, redis, sweep, fuzz);
//   --seed S    the hostile requests of another seed (DRILL_SEED too).
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { say } from '../bench/bench-support';
import { fuzzPhase, loadPhase, postgresOutagePhase, redisOutagePhase, sweepPhase, type Drill, type PhaseResult, type Settings } from './phases';
import { startStack } from './stack';

const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

const count = (name: string, fallback: number): number => {
  const value = Number(argument(name) ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 16) throw new Error(`--${name} is a whole number from 1 to 16`);
  return value;
};

const SHORT = process.argv.includes('--short');
const seed = Number(argument('seed') ?? process.env['DRILL_SEED'] ?? 20_261_206);
const CLIENTS = argument('clients');
const SETTINGS_OF_RUN: Settings = SHORT
  ? { clients: 20, loadMs: 15_000, outageMs: 4_000, sweepItems: 300, fuzzRequests: 500, seed }
  : { clients: 100, loadMs: 120_000, outageMs: 10_000, sweepItems: 2_000, fuzzRequests: 10_000, seed };
const SETTINGS: Settings = CLIENTS ? { ...SETTINGS_OF_RUN, clients: Number(CLIENTS) } : SETTINGS_OF_RUN;
// A share of bench:data's national volume on top of the demo data.
const SCALE = SHORT ? 0.001 : 0.01;

const ALL_PHASES: Readonly<Record<string, (drill: Drill) => Promise<PhaseResult>>> = {
  load: loadPhase,
  postgres: postgresOutagePhase,
  redis: redisOutagePhase,
  sweep: sweepPhase,
  fuzz: fuzzPhase,
};
// --only load,fuzz runs some of the phases (a quick look at one).
const ONLY = argument('only')?.split(',') ?? Object.keys(ALL_PHASES);
const unknown = ONLY.filter((name) => !(name in ALL_PHASES));
if (unknown.length > 0) throw new Error(`--only takes ${Object.keys(ALL_PHASES).join(', ')}; not ${unknown.join(', ')}`);
const PHASES = Object.entries(ALL_PHASES).filter(([name]) => ONLY.includes(name));

const cell = (value: number | undefined, digits = 0): string => (value === undefined ? '-' : value.toFixed(digits));

const table = (results: readonly PhaseResult[]): string[] => {
  const rows = [
    ['phase', 'requests', '5xx', 'lost writes', 'p99 ms', 'max ms', 'result'],
    ...results.map((result) => [
      result.name,
      cell(result.requests),
      cell(result.serverErrors),
      cell(result.lostWrites),
      cell(result.p99),
      cell(result.max),
      result.failures.length === 0 ? `PASS (${result.notes.join('; ')})` : `FAIL: ${result.failures.join('; ')}`,
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (column === 6 ? 0 : row[column].length))));
  return rows.map((row) => row.map((value, column) => (column === 0 || column === 6 ? value.padEnd(widths[column]) : value.padStart(widths[column]))).join('  ').trimEnd());
};

const main = async (): Promise<number> => {
  const apis = count('apis', 1);
  const workers = count('workers', 1);
  const started = performance.now();
  say(`drill${SHORT ? ' (short)' : ''}: ${apis} API${apis > 1 ? 's' : ''}, ${workers} worker${workers > 1 ? 's' : ''}`);
  const stack = await startStack({ apis, workers, scale: SCALE, say });
  const drill: Drill = { stack, settings: SETTINGS, clients: [] };
  const results: PhaseResult[] = [];
  try {
    for (const [name, phase] of PHASES) {
      const phaseStarted = performance.now();
      const result = await phase(drill).catch(
        (error: unknown): PhaseResult => ({
          name,
          failures: [error instanceof Error ? error.message.split('\n')[0] : String(error)],
          notes: [],
          examples: [],
        }),
      );
      results.push(result);
      say(`  ${result.name}: ${result.failures.length === 0 ? 'PASS' : 'FAIL'} in ${((performance.now() - phaseStarted) / 1000).toFixed(1)} s`);
      for (const line of [...(result.breakdown ?? []), ...result.examples]) say(`    ${line}`);
    }
  } finally {
    const failed = results.some((result) => result.failures.length > 0);
    if (failed) {
      // What the API and workers printed last (their log lines), for finding out why.
      const folder = join('tmp', 'drill');
      mkdirSync(folder, { recursive: true });
      const logs = [
        ...stack.apis.map((api, index) => ({ name: `api-${index + 1}.log`, output: api.process.output() })),
        ...stack.workers.map((worker, index) => ({ name: `worker-${index + 1}.log`, output: worker.process.output() })),
      ];
      for (const log of logs) writeFileSync(join(folder, log.name), log.output);
      say(`drill: the API's and workers' last log lines are in ${folder}/`);
    }
    await stack.close();
  }
  say('');
  for (const line of table(results)) say(line);
  const failed = results.filter((result) => result.failures.length > 0).length + (PHASES.length - results.length);
  say('');
  say(`drill: ${failed === 0 ? 'every phase passed' : `${failed} phase(s) failed`} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return failed === 0 ? 0 : 1;
};

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
