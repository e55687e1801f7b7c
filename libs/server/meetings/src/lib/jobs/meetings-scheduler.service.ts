import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JOBS, QUEUES } from '@doorbraak/server-core';

export const MEETINGS_SWEEP_SCHEDULER_ID = 'meetings-sweep-scheduler';
export const MEETINGS_SWEEP_EVERY_MS = 3_600_000;

const RENEW_EVERY_MS = 5 * 60_000;

// Every worker upserts the same scheduler (idempotent), and renews it should Redis lose it.
@Injectable()
export class MeetingsSchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MeetingsSchedulerService.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(@InjectQueue(QUEUES.meetings) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.upsert();
    this.timer = setInterval(() => {
      this.upsert().catch((error: unknown) => this.logger.warn(`could not renew the meetings sweep: ${String(error)}`));
    }, RENEW_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async upsert(): Promise<void> {
    await this.queue.upsertJobScheduler(
      MEETINGS_SWEEP_SCHEDULER_ID,
      { every: MEETINGS_SWEEP_EVERY_MS },
      {
        name: JOBS.meetings.sweep,
        data: {},
        opts: { attempts: 3, backoff: { type: 'exponential', delay: 1_000 }, removeOnComplete: { count: 100 }, removeOnFail: { count: 1_000 } },
      },
    );
  }
}
