import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@doorbraak/migrations';
import { ENTITIES } from './entities';
import { PreparingClient } from './prepared-statements';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const dataSourceOptions = (databaseUrl: string): DataSourceOptions => ({
  type: 'postgres',
  url: databaseUrl,
  entities: ENTITIES,
  migrations: MIGRATIONS,
  namingStrategy: new SnakeNamingStrategy(),
  // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
  uuidExtension: 'pgcrypto',
  installExtensions: false,
  // The schema changes only through reviewed migrations.
  synchronize: false,
  migrationsRun: false,
  migrationsTransactionMode: 'each',
  extra: { max: 10, Client: PreparingClient },
});
