import { randomBytes } from 'node:crypto';
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

// Each test file gets its own empty database on the real server, so files never share state.
export const createTestDatabase = async (options: { migrate?: boolean } = {}): Promise<TestDatabase> => {
  const name = `doorbraak_t_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(testServerUrl(), name);
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  if (options.migrate ?? true) {
    await dataSource.runMigrations({ transaction: 'each' });
  }
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
