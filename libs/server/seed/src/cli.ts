// npm run db:seed — loads the demo data into the database of DATABASE_ADMIN_URL (else DATABASE_URL). Never in production:
// every demo account has the same, published password.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadAdminDatabaseUrl } from '@doorbraak/server-core';
import { dataSourceOptions } from '@doorbraak/server-data';
import { formatSeedSummary, seedDemoData } from './index';

const main = async (): Promise<number> => {
  if (process.env['NODE_ENV'] === 'production') {
    process.stderr.write('seed: refusing to load demo data with NODE_ENV=production (demo accounts share a known password)\n');
    return 1;
  }
  const dataSource = await new DataSource(dataSourceOptions(loadAdminDatabaseUrl())).initialize();
  try {
    const summary = await seedDemoData(dataSource, { now: new Date(), dataFile: process.env['SEED_DATA_FILE'] || undefined });
    process.stdout.write(`${formatSeedSummary(summary)}\n`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
};

main().then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`seed failed: ${message.replace(/^seed: /, '')}\n`);
    process.exitCode = 1;
  },
);
