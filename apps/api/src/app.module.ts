import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ConfigModule, RedisModule, type AppConfig } from '@doorbraak/server-core';
import { DatabaseModule, type DatabaseModuleOptions } from '@doorbraak/server-data';
import { AlliancesModule } from '@doorbraak/server-alliances';
import { graphqlOptions } from './graphql-options';
import { HealthController } from './health.controller';

// The features the API serves; the schema generator builds the same list.
export const FEATURE_MODULES = [AlliancesModule];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        RedisModule,
        DatabaseModule.forRoot(database),
        GraphQLModule.forRoot(graphqlOptions(config)),
        ...FEATURE_MODULES,
      ],
      controllers: [HealthController],
    };
  }
}
