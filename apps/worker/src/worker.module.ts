import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, loggingModule, QueueModule, RedisModule, type AppConfig } from '@doorbraak/server-core';
import { DatabaseModule } from '@doorbraak/server-data';
import { EscalationJobsModule } from '@doorbraak/server-escalation';
import { MeetingsJobsModule } from '@doorbraak/server-meetings';
import { NotificationsJobsModule } from '@doorbraak/server-notifications';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), loggingModule(config.nodeEnv, 'worker'), RedisModule, DatabaseModule.forRoot(), QueueModule, EscalationJobsModule, MeetingsJobsModule, NotificationsJobsModule],
    };
  }
}
