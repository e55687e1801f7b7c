import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@doorbraak/server-core';
import { dataSourceOptions } from './data-source-options';

export type DatabaseModuleOptions = {
  // Lets tests observe every query (e.g. to prove there is no N+1).
  logger?: Logger;
};

@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions = {}): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config.databaseUrl),
            ...(options.logger ? { logger: options.logger, logging: ['query' as const] } : {}),
          }),
        }),
      ],
    };
  }
}
