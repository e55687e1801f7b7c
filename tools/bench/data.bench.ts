// npm run bench:data — a year and more of national data, for the API benchmark and the drill (issue 14).
// Builds a database of its own (never the demo one): migrated, seeded with the 20 areas' demo data, then
// filled in bulk with INSERT … SELECT (no row at a time):
//   1,000,000 vastlopers and doorbraken, 5,000,000 progress updates and escalation events,
//   50,000 meetings with their agendas, 100,000 decisions and 100,000 action items,
// skewed like real life: a few big alliances (the biggest areas take most items), most items closed, and a
// long tail of old open ones. Prints how long each part took.
//   --alliances 350   the programme grown to 350 alliances (the 20 areas copied, each with its own area);
//   --scale 0.1       a tenth of every volume (a quick look);
//   --database NAME   default doorbraak_bench (doorbraak_bench_350 with --alliances 350).
// Generated items are left out of the similar-items index (bench:similar measures that at 200,000 items).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadAdminDatabaseUrl } from '@doorbraak/server-core';
import { dataSourceOptions } from '@doorbraak/server-data';
import { seedDemoData } from '@doorbraak/server-seed';
import { generateBenchData } from './bench-data';
import { admin, say, seconds, withDatabase } from './bench-support';

const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

const ALLIANCES = Number(argument('alliances') ?? 20);
const SCALE = Number(argument('scale') ?? 1);
const DATABASE = argument('database') ?? (ALLIANCES === 20 ? 'doorbraak_bench' : `doorbraak_bench_${ALLIANCES}`);
const timedStep = async (label: string, work: () => Promise<void>): Promise<number> => {
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  say(`  ${label.padEnd(44)} ${seconds(ms).padStart(9)}`);
  return ms;
};

const count = async (db: DataSource, table: string): Promise<number> => Number((await db.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

const main = async (): Promise<void> => {
  if (!Number.isInteger(ALLIANCES) || ALLIANCES < 20) throw new Error('--alliances is a whole number of at least 20');
  if (!(SCALE > 0 && SCALE <= 1)) throw new Error('--scale is a number above 0, at most 1');
  if (!/^doorbraak_bench[a-z0-9_]*$/.test(DATABASE)) throw new Error('--database starts with doorbraak_bench (lower-case letters, digits, _)');
  const adminUrl = loadAdminDatabaseUrl();
  say(`bench:data: database ${DATABASE}, ${ALLIANCES} alliances, scale ${SCALE}`);
  await admin(adminUrl, `DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await admin(adminUrl, `CREATE DATABASE "${DATABASE}"`);
  const db = await new DataSource({ ...dataSourceOptions(withDatabase(adminUrl, DATABASE)), extra: { max: 2 } }).initialize();
  const start = performance.now();
  try {
    await timedStep('migrations and the 20 areas’ demo data', async () => {
      await db.runMigrations({ transaction: 'each' });
      await seedDemoData(db, { now: new Date() });
    });
    await generateBenchData(db, { alliances: ALLIANCES, scale: SCALE, step: timedStep });
    say(`loaded in ${seconds(performance.now() - start)}`);
    say('');
    say('rows:');
    for (const table of ['alliance', 'vastloper', 'doorbraak', 'progress_update', 'escalation_event', 'meeting', 'agenda_item', 'decision', 'action_item']) {
      say(`  ${table.padEnd(20)} ${(await count(db, table)).toLocaleString('en').padStart(12)}`);
    }
    const [shape]: { open: string; old_open: string; biggest: string; smallest: string }[] = await db.query(`
      SELECT (SELECT count(*) FROM vastloper WHERE status IN ('OPEN', 'IN_BEHANDELING', 'GEPARKEERD')) AS open,
             (SELECT count(*) FROM vastloper WHERE status IN ('OPEN', 'IN_BEHANDELING', 'GEPARKEERD') AND created_at < now() - interval '2 years') AS old_open,
             (SELECT max(c) FROM (SELECT count(*) AS c FROM vastloper GROUP BY alliance_id) x) AS biggest,
             (SELECT min(c) FROM (SELECT count(*) AS c FROM vastloper GROUP BY alliance_id) x) AS smallest`);
    say(
      `shape: ${Number(shape.open).toLocaleString('en')} vastlopers open (${Number(shape.old_open).toLocaleString('en')} of them older than two years); ` +
        `the biggest alliance has ${Number(shape.biggest).toLocaleString('en')}, the smallest ${Number(shape.smallest).toLocaleString('en')}`,
    );
    const [{ size }]: { size: string }[] = await db.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`);
    say(`database size: ${size}`);
  } finally {
    await db.destroy();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
