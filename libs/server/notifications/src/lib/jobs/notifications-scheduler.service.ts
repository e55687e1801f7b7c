import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { TIME_ZONE } from '@doorbraak/domain';
import { JOBS, keepJobSchedulers, QUEUES, SCHEDULED_JOB_OPTIONS } from '@doorbraak/server-core';

export const DISPATCH_SCHEDULER_ID = 'notifications-dispatch-scheduler';
export const DIGEST_SCHEDULER_ID = 'notifications-daily-digest-scheduler';
export const DISPATCH_EVERY_MS = 60_000;
// The digest goes out at 07:00 Amsterdam time, before the working day.
export const DIGEST_PATTERN = '0 7 * * *';

const RENEW_EVERY_MS = 5 * 60_000;

// Every worker upserts the same schedulers (idempotent), and renews them should Redis lose them.
@Injectable()
export class NotificationsSchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private stop: (() => void) | undefined;

  constructor(@InjectQueue(QUEUES.notifications) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    this.stop = await keepJobSchedulers(
      this.queue,
      [
        {
          id: DISPATCH_SCHEDULER_ID,
          repeat: { every: DISPATCH_EVERY_MS },
          template: { name: JOBS.notifications.dispatch, data: {}, opts: SCHEDULED_JOB_OPTIONS },
        },
        {
          id: DIGEST_SCHEDULER_ID,
          repeat: { pattern: DIGEST_PATTERN, tz: TIME_ZONE },
          template: { name: JOBS.notifications.dailyDigest, data: {}, opts: SCHEDULED_JOB_OPTIONS },
        },
      ],
      { renewEveryMs: RENEW_EVERY_MS, loggerName: NotificationsSchedulerService.name, what: 'the notification schedules' },
    );
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }
}
