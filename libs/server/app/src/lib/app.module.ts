import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import {
  AccessFilter,
  ConfigModule,
  loggingModule,
  OutageFilter,
  OutageInterceptor,
  QueueModule,
  QueueProducerOnlyModule,
  RedisModule,
  type AppConfig,
} from '@doorbraak/server-core';
import { DatabaseModule, type DatabaseModuleOptions } from '@doorbraak/server-data';
import { AlliancesModule } from '@doorbraak/server-alliances';
import { AuditModule } from '@doorbraak/server-audit';
import { AuthModule, SessionService } from '@doorbraak/server-auth';
import { DashboardsModule } from '@doorbraak/server-dashboards';
import { EscalationApiModule } from '@doorbraak/server-escalation';
import { VastlopersModule } from '@doorbraak/server-vastlopers';
import { MeetingsModule } from '@doorbraak/server-meetings';
import { NotificationsModule } from '@doorbraak/server-notifications';
import { SimilarityModule } from '@doorbraak/server-similarity';
import { DossiersModule } from '@doorbraak/server-dossiers';
import { DoorbraakoverlegModule } from '@doorbraak/server-doorbraakoverleg';
import { escalationPorts } from './escalation-ports';
import { graphqlOptions } from './graphql-options';
import { HealthController } from './health.controller';

// The features the API serves; the schema generator builds the same list.
export const FEATURE_MODULES = [AuthModule, AuditModule, AlliancesModule, VastlopersModule, EscalationApiModule, NotificationsModule, MeetingsModule, DashboardsModule, SimilarityModule, DossiersModule, DoorbraakoverlegModule];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        loggingModule(config.nodeEnv, 'api'),
        RedisModule,
        // The API reads the escalation queue (failed jobs); only the worker processes it.
        QueueModule,
        QueueProducerOnlyModule,
        DatabaseModule.forRoot({ requestPath: true, ...database }),
        // The sessions check the access token of a WebSocket connection, as the auth guard does over HTTP.
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [SessionService],
          useFactory: (sessions: SessionService) => graphqlOptions(config, sessions),
        }),
        ...FEATURE_MODULES,
        escalationPorts(),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: AccessFilter },
        // Outages answer 503 SERVICE_UNAVAILABLE with Retry-After, never "sign in" or a generic error.
        { provide: APP_FILTER, useClass: OutageFilter },
        { provide: APP_INTERCEPTOR, useClass: OutageInterceptor },
      ],
    };
  }
}
