import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { TIME_ZONE } from '@doorbraak/domain';
import { JOBS, QUEUES } from '@doorbraak/server-core';

export const DISPATCH_SCHEDULER_ID = 'notifications-dispatch-scheduler';
export const DIGEST_SCHEDULER_ID = 'notifications-daily-digest-scheduler';
export const DISPATCH_EVERY_MS = 60_000;
// The digest goes out at 07:00 Amsterdam time, before the working day.
export const DIGEST_PATTERN = '0 7 * * *';

const RENEW_EVERY_MS = 5 * 60_000;
const SWEEP_OPTIONS = { attempts: 3, backoff: { type: 'exponential', delay: 1_000 }, removeOnComplete: { count: 100 }, removeOnFail: { count: 1_000 } };

// Every worker upserts the same schedulers (idempotent), and renews them should Redis lose them.
@Injectable()
export class NotificationsSchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationsSchedulerService.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(@InjectQueue(QUEUES.notifications) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.upsert();
    this.timer = setInterval(() => {
      this.upsert().catch((error: unknown) => this.logger.warn(`could not renew the notification schedules: ${String(error)}`));
    }, RENEW_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async upsert(): Promise<void> {
    await this.queue.upsertJobScheduler(
      DISPATCH_SCHEDULER_ID,
      { every: DISPATCH_EVERY_MS },
      { name: JOBS.notifications.dispatch, data: {}, opts: SWEEP_OPTIONS },
    );
    await this.queue.upsertJobScheduler(
      DIGEST_SCHEDULER_ID,
      { pattern: DIGEST_PATTERN, tz: TIME_ZONE },
      { name: JOBS.notifications.dailyDigest, data: {}, opts: SWEEP_OPTIONS },
    );
  }
}
