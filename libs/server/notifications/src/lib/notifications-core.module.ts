import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DEFAULT_JOB_OPTIONS, QUEUES, QueueModule } from '@doorbraak/server-core';
import { NotificationsService } from './notifications.service';

// Writing notifications, for every feature that tells people something (API and worker alike).
@Module({
  imports: [QueueModule, BullModule.registerQueue({ name: QUEUES.notifications, defaultJobOptions: DEFAULT_JOB_OPTIONS })],
  providers: [NotificationsService],
  exports: [NotificationsService],
})
export class NotificationsCoreModule {}
