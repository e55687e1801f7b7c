import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, loggingModule, QueueModule, RedisModule, type AppConfig } from '@doorbraak/server-core';
import { DatabaseModule } from '@doorbraak/server-data';
import { EscalationJobsModule, EscalationPortsModule } from '@doorbraak/server-escalation';
import { EscalationAgendaService, MeetingsCoreModule, MeetingsJobsModule } from '@doorbraak/server-meetings';
import { NotificationsCoreModule, NotificationsJobsModule, NotificationsService } from '@doorbraak/server-notifications';
import { SimilarityJobsModule } from '@doorbraak/server-similarity';
import { HealthServer } from './health-server';

// The ladder places items on agendas through meetings and tells people through notifications (ARCHITECTURE.md).
const ESCALATION_PORTS = EscalationPortsModule.bind({
  imports: [MeetingsCoreModule, NotificationsCoreModule],
  agenda: EscalationAgendaService,
  notifier: NotificationsService,
});

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), loggingModule(config.nodeEnv, 'worker'), RedisModule, DatabaseModule.forRoot(), QueueModule, EscalationJobsModule, MeetingsJobsModule, NotificationsJobsModule, SimilarityJobsModule, ESCALATION_PORTS],
      providers: [HealthServer],
    };
  }
}
