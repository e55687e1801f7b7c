import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DEFAULT_JOB_OPTIONS, QUEUES, QueueModule } from '@doorbraak/server-core';
import { LiveEventsModule } from '@doorbraak/server-live';
import { NotificationsService } from './notifications.service';

const NOTIFICATIONS_QUEUE = BullModule.registerQueue({ name: QUEUES.notifications, defaultJobOptions: DEFAULT_JOB_OPTIONS });

// Writing notifications, for every feature that tells people something (API and worker alike).
@Module({
  imports: [QueueModule, NOTIFICATIONS_QUEUE, LiveEventsModule],
  providers: [NotificationsService],
  exports: [NOTIFICATIONS_QUEUE, NotificationsService],
})
export class NotificationsCoreModule {}
