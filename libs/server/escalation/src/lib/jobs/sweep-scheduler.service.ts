import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { isoDurationMillis } from '@doorbraak/domain';
import { APP_CONFIG, JOBS, QUEUES, type AppConfig } from '@doorbraak/server-core';

export const SWEEP_SCHEDULER_ID = 'escalation-sweep-scheduler';

// Re-upserting now and then restores the schedule should Redis ever lose it (the call is idempotent).
const renewEvery = (sweepEveryMs: number): number => Math.min(60_000, Math.max(5_000, 5 * sweepEveryMs));

// Every worker upserts the same scheduler: one schedule, however many workers run.
@Injectable()
export class SweepSchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SweepSchedulerService.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QUEUES.escalation) private readonly queue: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.upsert();
    this.timer = setInterval(() => {
      this.upsert().catch((error: unknown) => this.logger.warn(`could not renew the sweep schedule: ${String(error)}`));
    }, renewEvery(isoDurationMillis(this.config.escalationSweepEvery)));
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async upsert(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SWEEP_SCHEDULER_ID,
      { every: isoDurationMillis(this.config.escalationSweepEvery) },
      {
        name: JOBS.escalation.sweep,
        data: {},
        opts: { attempts: 3, backoff: { type: 'exponential', delay: 1_000 }, removeOnComplete: { count: 100 }, removeOnFail: { count: 1_000 } },
      },
    );
  }
}
