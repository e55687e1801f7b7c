import { execFile } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@doorbraak/server-data';

const run = promisify(execFile);

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const OWNER = { user: 'doorbraak', password: 'doorbraak' };
const APP = { user: 'doorbraak_app', password: 'doorbraak_app' };

const postgresBin = (): string => {
  const versions = readdirSync('/usr/lib/postgresql')
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(a) - Number(b));
  if (versions.length === 0) {
    throw new Error('PostgreSQL is not installed under /usr/lib/postgresql');
  }
  return `/usr/lib/postgresql/${versions[versions.length - 1]}/bin`;
};

const isRoot = (): boolean => process.getuid?.() === 0;

// PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user (as in scripts/services.sh).
const asPostgres = (command: string, args: readonly string[]) =>
  isRoot() ? run('runuser', ['-u', 'postgres', '--', command, ...args]) : run(command, [...args]);

export type DedicatedPostgres = {
  port: number;
  // The schema owner's URL of the migrated `doorbraak` database.
  url: string;
  // The application role's URL, as the API and worker connect.
  appUrl: string;
  // `fast` ends every session (57P01) as an operator's restart does; `immediate` as a crash does.
  stop: (mode?: 'fast' | 'immediate') => Promise<void>;
  start: () => Promise<void>;
  // Stops the server and removes its files.
  destroy: () => Promise<void>;
};

// A PostgreSQL cluster of the test's own, in a temporary folder on a free port, so a test can stop
// and start it without disturbing the shared server. The `doorbraak` database is migrated and the
// application role can sign in, as after `npm run services:start && npm run db:migrate`.
export const startDedicatedPostgres = async (options: { migrate?: boolean } = {}): Promise<DedicatedPostgres> => {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'doorbraak-pg-'));
  const data = join(dir, 'data');
  const port = await freePort();
  if (isRoot()) {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    chownSync(dir, Number(uid.stdout.trim()), Number(gid.stdout.trim()));
  }
  chmodSync(dir, 0o700);
  const passwordFile = join(dir, 'password');
  writeFileSync(passwordFile, `${OWNER.password}\n`, { mode: 0o644 });
  await asPostgres(`${bin}/initdb`, [
    '-D', data, '-U', OWNER.user, `--pwfile=${passwordFile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C.UTF-8',
  ]);
  // Durability does not matter for a throw-away cluster; speed does.
  const serverOptions = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories='' -c timezone=UTC -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const start = async (): Promise<void> => {
    await asPostgres(`${bin}/pg_ctl`, ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', serverOptions, 'start']);
  };
  const stop = async (mode: 'fast' | 'immediate' = 'fast'): Promise<void> => {
    await asPostgres(`${bin}/pg_ctl`, ['-D', data, '-m', mode, '-w', 'stop']);
  };
  const destroy = async (): Promise<void> => {
    await stop('immediate').catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await start();
    const base = `postgres://${OWNER.user}:${OWNER.password}@127.0.0.1:${port}`;
    const admin = new Client({ connectionString: `${base}/postgres` });
    await admin.connect();
    try {
      await admin.query(`CREATE ROLE ${APP.user} LOGIN PASSWORD '${APP.password}'`);
      await admin.query('CREATE DATABASE doorbraak');
    } finally {
      await admin.end();
    }
    const url = `${base}/doorbraak`;
    if (options.migrate ?? true) {
      const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
      try {
        await dataSource.runMigrations({ transaction: 'each' });
      } finally {
        await dataSource.destroy();
      }
    }
    return { port, url, appUrl: `postgres://${APP.user}:${APP.password}@127.0.0.1:${port}/doorbraak`, stop, start, destroy };
  } catch (error) {
    await destroy();
    throw error;
  }
};
