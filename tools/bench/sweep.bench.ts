// npm run bench:sweep — how the stall sweep and the escalation jobs scale (issue 4):
//   * sweep time with none due at 10,000 and at 1,000,000 open items (the ratio should stay near 1);
//   * the time to escalate 10,000 due items (1% of a million) with one and with two worker processes.
// Works in a database of its own, created and dropped here, and in a Redis database of its own.
//   --escalation-only   only the escalation rate, on 30,000 open items (a quicker run while working on the jobs)
//   BENCH_CPU_PROF_DIR=dir   the workers write a CPU profile each there (node --cpu-prof) as they stop
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { createRedisConnection, loadAdminDatabaseUrl, QUEUES } from '@doorbraak/server-core';
import { dataSourceOptions } from '@doorbraak/server-data';
import { EscalationAlertsService, SweepService } from '@doorbraak/server-escalation';
import { NotificationsService } from '@doorbraak/server-notifications';
import { createLadderFixture, insertStalledVastlopers } from '@doorbraak/server-testing';
import { startProcess, waitForOutput, WORKER_SOURCES, type ServerProcess } from '../support/processes';
import { admin, quantile, say, seconds, timed, withDatabase } from './bench-support';

const SMALL = 10_000;
const LARGE = 1_000_000;
const DUE = LARGE / 100;
const SWEEP_RUNS = 51;
const ESCALATION_ONLY = process.argv.includes('--escalation-only');
// BENCH_REDIS_DB moves the bench to another Redis database, so it never empties a queue someone else uses.
const BENCH_REDIS_DB = Number(process.env['BENCH_REDIS_DB'] ?? 2);

// The worker from its sources, with the bench's settings.
const PROFILE_DIR = process.env['BENCH_CPU_PROF_DIR'];
const startWorker = (env: Record<string, string>): ServerProcess =>
  startProcess('worker', process.execPath, [...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []), ...WORKER_SOURCES], {
    env: { ...process.env, ...env },
  });

const main = async (): Promise<void> => {
  const adminUrl = loadAdminDatabaseUrl();
  const name = `doorbraak_bench_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(adminUrl, name);
  const redisUrl = new URL(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:56379');
  redisUrl.pathname = `/${BENCH_REDIS_DB}`;
  const connection = createRedisConnection(redisUrl.toString());
  const queue = new Queue(QUEUES.escalation, { connection });
  const notificationsQueue = new Queue(QUEUES.notifications, { connection });
  await queue.obliterate({ force: true });

  say(`bench: database ${name}, Redis database ${BENCH_REDIS_DB}, ${cpus().length} CPU cores shared by PostgreSQL, Redis and the workers`);
  await admin(adminUrl, `CREATE DATABASE "${name}"`);
  const dataSource = await new DataSource({ ...dataSourceOptions(url), extra: { max: 4 } }).initialize();
  const workers: ServerProcess[] = [];
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    // Twenty alliances, as in the programme; the bureau stalls after 30 days, the alliance table after a year.
    const fixture = await createLadderFixture(dataSource, {
      alliances: 20,
      stallTimes: { PROGRAMMABUREAU: 'P30D', ALLIANTIE: 'P1Y' },
    });
    const alerts = new EscalationAlertsService(dataSource, new NotificationsService(notificationsQueue));
    const sweeps = new SweepService(dataSource, queue, { escalationJobAttempts: 8, escalationJobBackoff: 'PT1S' }, alerts);
    const sweepTime = async (): Promise<number> => {
      await sweeps.sweep(new Date());
      const runs: number[] = [];
      for (let run = 0; run < SWEEP_RUNS; run += 1) {
        runs.push((await timed(() => sweeps.sweep(new Date()))).ms);
      }
      return quantile(runs, 0.5);
    };

    // What PostgreSQL does for the sweep's main query: the same few index pages whatever the table size.
    const dueQueryCost = async (): Promise<string> => {
      const plan: { 'QUERY PLAN': string }[] = await dataSource.query(
        `EXPLAIN (ANALYZE, BUFFERS) SELECT id FROM vastloper
          WHERE status IN ('OPEN', 'IN_BEHANDELING') AND next_escalation_at IS NOT NULL AND next_escalation_at <= now()
          ORDER BY next_escalation_at, id LIMIT 1000`,
      );
      const lines = plan.map((row) => row['QUERY PLAN']);
      const index = lines.find((line) => line.includes('Index')) ?? lines[0];
      const buffers = lines.find((line) => line.includes('Buffers:'))?.trim() ?? '';
      const execution = lines.find((line) => line.startsWith('Execution Time')) ?? '';
      return `${index.trim().replace(/\s+\(cost=.*$/, '')}; ${buffers}; ${execution}`;
    };

    if (ESCALATION_ONLY) {
      // Enough items not yet due for both runs' 1%, and a few more.
      const built = await timed(() => insertStalledVastlopers(dataSource, fixture, { count: 3 * DUE, stall: '30 days', due: 0 }));
      await dataSource.query(`DELETE FROM similarity_pending`);
      await dataSource.query('VACUUM ANALYZE vastloper');
      say(`built ${(3 * DUE).toLocaleString('en')} open items in ${seconds(built.ms)}; the sweep's own times are left out (--escalation-only)`);
      say('');
    } else {
      const small = await timed(() => insertStalledVastlopers(dataSource, fixture, { count: SMALL, stall: '30 days', due: 0 }));
      await dataSource.query('VACUUM ANALYZE vastloper');
      const smallSweep = await sweepTime();
      const smallPlan = await dueQueryCost();
      say(`built ${SMALL.toLocaleString('en')} open items in ${seconds(small.ms)}`);

      const large = await timed(() =>
        insertStalledVastlopers(dataSource, fixture, { count: LARGE - SMALL, stall: '30 days', due: 0 }),
      );
      await dataSource.query('VACUUM ANALYZE vastloper');
      const largeSweep = await sweepTime();
      const largePlan = await dueQueryCost();
      say(`built ${LARGE.toLocaleString('en')} open items in ${seconds(large.ms + small.ms)} (INSERT … SELECT generate_series)`);
      // Each inserted item is marked for the similarity index; indexing a million generated items at once is
      // not what this bench measures, and it would share the workers and PostgreSQL with the escalations.
      const marks: { count: number }[] = await dataSource.query(`WITH cleared AS (DELETE FROM similarity_pending RETURNING 1) SELECT count(*)::int AS count FROM cleared`);
      say(`cleared ${marks[0].count.toLocaleString('en')} similarity marks of the generated items (their indexing is not measured here)`);
      say('');
      say(`sweep, none due, ${SMALL.toLocaleString('en')} items:     ${smallSweep.toFixed(2)} ms (median of ${SWEEP_RUNS})`);
      say(`sweep, none due, ${LARGE.toLocaleString('en')} items:  ${largeSweep.toFixed(2)} ms (median of ${SWEEP_RUNS})`);
      say(`ratio 1,000,000 / 10,000:            ${(largeSweep / smallSweep).toFixed(2)}`);
      say(`  due query at ${SMALL.toLocaleString('en')}:    ${smallPlan}`);
      say(`  due query at ${LARGE.toLocaleString('en')}: ${largePlan}`);
      say('');
    }

    // Puts another 1% of the items past their stall time: their clocks started 30 days and a minute ago.
    const makeDue = () =>
      dataSource.query(
        `UPDATE vastloper SET rung_entered_at = now() - interval '30 days 1 minute', last_progress_at = now() - interval '30 days 1 minute',
                              next_escalation_at = now() - interval '1 minute'
          WHERE id IN (SELECT id FROM vastloper WHERE rung = 'PROGRAMMABUREAU' AND next_escalation_at > now() LIMIT $1)`,
        [DUE],
      );
    const escalatedCount = async (): Promise<number> =>
      Number(((await dataSource.query(`SELECT count(*) FROM escalation_event WHERE cause = 'STALLED'`)) as { count: string }[])[0].count);

    for (const workerCount of [1, 2]) {
      for (let index = 0; index < workerCount; index += 1) {
        workers.push(
          startWorker({
            DATABASE_URL: url,
            REDIS_URL: redisUrl.toString(),
            // The bench sweeps by hand; the scheduled sweep runs once at start, before anything is due.
            ESCALATION_SWEEP_EVERY: 'PT1H',
            WORKER_HEALTH_PORT: String(41_000 + index),
          }),
        );
      }
      await Promise.all(workers.map((worker) => waitForOutput(worker, 'worker running')));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await makeDue();
      await dataSource.query('ANALYZE vastloper');
      const before = await escalatedCount();
      const start = performance.now();
      const enqueue = await timed(() => sweeps.sweep(new Date()));
      while ((await escalatedCount()) < before + DUE) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const ms = performance.now() - start;
      say(
        `escalate ${DUE.toLocaleString('en')} due items, ${workerCount} worker${workerCount > 1 ? 's' : ' '}: ${seconds(ms)}` +
          ` = ${Math.round((DUE / ms) * 1000)} items/s (the sweep queued ${enqueue.result.due.toLocaleString('en')} jobs in ${enqueue.ms.toFixed(0)} ms)`,
      );
      await Promise.all(workers.splice(0).map((worker) => worker.stop()));
    }
    const failed = await queue.getFailedCount();
    const twice: { count: string }[] = await dataSource.query(
      `SELECT count(*) FROM (SELECT vastloper_id FROM escalation_event GROUP BY vastloper_id HAVING count(*) > 1) AS repeated`,
    );
    say(`failed jobs: ${failed}; items escalated twice: ${twice[0].count}`);
  } finally {
    await Promise.all(workers.map((worker) => worker.stop('SIGKILL')));
    await queue.obliterate({ force: true });
    await queue.close();
    await notificationsQueue.close();
    connection.disconnect();
    await dataSource.destroy();
    await admin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    say(`bench: dropped ${name}`);
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
