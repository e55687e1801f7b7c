// Entry point for the TypeORM CLI (migration generation); the apps build their own data source.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadAdminDatabaseUrl } from '@doorbraak/server-core';
import { dataSourceOptions } from './lib/data-source-options';

export default new DataSource(dataSourceOptions(loadAdminDatabaseUrl()));
