import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'typeorm';
import { APP_CONFIG, ConnectionErrorLog, type AppConfig } from '@doorbraak/server-core';
import { dataSourceOptions } from './data-source-options';

export type DatabaseModuleOptions = {
  // Lets tests observe every query (e.g. to prove there is no N+1).
  logger?: Logger;
  // For a process that answers requests (the API): bounded waits, so an outage answers within 2 seconds.
  requestPath?: boolean;
};

// A connection (or a free one in the pool) within 5 s, else the request answers 503; a statement runs
// at most 10 s on the server, and a server that stops answering mid-query is given up after 12 s. A database
// that is away refuses at once (an answer within a second); one that is merely busy makes requests queue
// for a free connection, which under load takes a few seconds and is no outage.
export const REQUEST_PATH_POOL = {
  connectionTimeoutMillis: 5_000,
  statement_timeout: 10_000,
  query_timeout: 12_000,
  idle_in_transaction_session_timeout: 15_000,
  keepAlive: true,
} as const;

const poolLog = new ConnectionErrorLog('Database', 'PostgreSQL');

@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions = {}): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => {
            const base = dataSourceOptions(config.databaseUrl);
            return {
              ...base,
              extra: { ...base.extra, ...(options.requestPath ? REQUEST_PATH_POOL : {}) },
              // An idle pooled connection that the server closed (a restart): noted, and replaced on next use.
              poolErrorHandler: (error: Error) => poolLog.failed('connection pool', error),
              ...(options.logger ? { logger: options.logger, logging: ['query' as const] } : {}),
            };
          },
        }),
      ],
    };
  }
}
