import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { isoDurationMillis } from '@doorbraak/domain';
import { APP_CONFIG, JOBS, keepJobSchedulers, QUEUES, SCHEDULED_JOB_OPTIONS, type AppConfig } from '@doorbraak/server-core';

export const SWEEP_SCHEDULER_ID = 'escalation-sweep-scheduler';
export const ANSWER_SWEEP_SCHEDULER_ID = 'answer-time-sweep-scheduler';

// Re-upserting now and then restores the schedule should Redis ever lose it (the call is idempotent).
const renewEvery = (sweepEveryMs: number): number => Math.min(60_000, Math.max(5_000, 5 * sweepEveryMs));

// Every worker upserts the same scheduler: one schedule, however many workers run.
@Injectable()
export class SweepSchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private stop: (() => void) | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QUEUES.escalation) private readonly queue: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const sweepEveryMs = isoDurationMillis(this.config.escalationSweepEvery);
    this.stop = await keepJobSchedulers(
      this.queue,
      [
        {
          id: SWEEP_SCHEDULER_ID,
          repeat: { every: sweepEveryMs },
          template: { name: JOBS.escalation.sweep, data: {}, opts: SCHEDULED_JOB_OPTIONS },
        },
        {
          id: ANSWER_SWEEP_SCHEDULER_ID,
          repeat: { every: sweepEveryMs },
          template: { name: JOBS.escalation.answerSweep, data: {}, opts: SCHEDULED_JOB_OPTIONS },
        },
      ],
      { renewEveryMs: renewEvery(sweepEveryMs), loggerName: SweepSchedulerService.name, what: 'the sweep schedule' },
    );
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }
}
