import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@doorbraak/server-data';

export type TestDatabase = {
  // The schema owner's URL (migrations, seed, test set-up).
  url: string;
  // The application role's URL, as the API and worker connect in production.
  appUrl: string;
  dataSource: DataSource;
  drop: () => Promise<void>;
};

export const testServerUrl = (): string =>
  process.env['TEST_DATABASE_URL'] ?? 'postgres://doorbraak:doorbraak@127.0.0.1:55432/doorbraak_test';

const withDatabase = (url: string, name: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

const admin = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: withDatabase(testServerUrl(), 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

// The migrated schema, once per set of migrations: a database migrated from empty, named after a hash
// of the migrations folder's files, so any change to a migration (or what it imports) makes a new one.
// Test databases are copies of it, several times faster than running every migration for each file.
const migrationsFolder = (): string => {
  for (let folder = __dirname; folder !== path.dirname(folder); folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, 'migrations', 'index.ts'))) return path.join(folder, 'migrations');
  }
  throw new Error('the migrations folder was not found above the test helpers');
};

const templateName = (): string => {
  const hash = createHash('sha256');
  const files = readdirSync(migrationsFolder(), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')).sort();
  for (const file of files) hash.update(file).update(readFileSync(path.join(migrationsFolder(), file)));
  return `doorbraak_tpl_${hash.digest('hex').slice(0, 16)}`;
};

const ensureTemplate = async (): Promise<string> => {
  const name = templateName();
  await admin(async (client) => {
    // One process builds it; others wait for it (files run side by side, and checkouts share a server).
    await client.query(`SELECT pg_advisory_lock(hashtext('doorbraak test template'))`);
    try {
      const { rowCount } = await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
      if (rowCount) return;
      // Built under another name and renamed when whole: a build that died halfway is never used.
      const building = `${name}_${randomBytes(4).toString('hex')}`;
      await client.query(`CREATE DATABASE "${building}"`);
      const dataSource = await new DataSource(dataSourceOptions(withDatabase(testServerUrl(), building))).initialize();
      try {
        await dataSource.runMigrations({ transaction: 'each' });
      } finally {
        await dataSource.destroy();
      }
      await client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    } finally {
      await client.query(`SELECT pg_advisory_unlock(hashtext('doorbraak test template'))`);
    }
  });
  return name;
};

// Each test file gets its own database on the real server, so files never share state: migrated
// (a copy of the template) unless the test runs the migrations itself.
export const createTestDatabase = async (options: { migrate?: boolean } = {}): Promise<TestDatabase> => {
  const name = `doorbraak_t_${randomBytes(6).toString('hex')}`;
  const template = (options.migrate ?? true) ? await ensureTemplate() : null;
  await admin((client) => client.query(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`));
  const url = withDatabase(testServerUrl(), name);
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  const appUrl = new URL(url);
  appUrl.username = 'doorbraak_app';
  appUrl.password = process.env['TEST_APP_DATABASE_PASSWORD'] ?? 'doorbraak_app';
  return {
    url,
    appUrl: appUrl.toString(),
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) {
        await dataSource.destroy();
      }
      await admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
};
