import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadAdminDatabaseUrl } from '@doorbraak/server-core';
import { dataSourceOptions } from '../lib/data-source-options';

const main = async (): Promise<void> => {
  const dataSource = await new DataSource(dataSourceOptions(loadAdminDatabaseUrl())).initialize();
  try {
    if (process.argv[2] === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
    } else {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      process.stdout.write(`migrations: ${applied.length} applied\n`);
    }
  } finally {
    await dataSource.destroy();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
