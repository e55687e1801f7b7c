import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JOBS, keepJobSchedulers, QUEUES, SCHEDULED_JOB_OPTIONS } from '@doorbraak/server-core';

export const MEETINGS_SWEEP_SCHEDULER_ID = 'meetings-sweep-scheduler';
export const MEETINGS_SWEEP_EVERY_MS = 3_600_000;

const RENEW_EVERY_MS = 5 * 60_000;

// Every worker upserts the same scheduler (idempotent), and renews it should Redis lose it.
@Injectable()
export class MeetingsSchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private stop: (() => void) | undefined;

  constructor(@InjectQueue(QUEUES.meetings) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    this.stop = await keepJobSchedulers(
      this.queue,
      [
        {
          id: MEETINGS_SWEEP_SCHEDULER_ID,
          repeat: { every: MEETINGS_SWEEP_EVERY_MS },
          template: { name: JOBS.meetings.sweep, data: {}, opts: SCHEDULED_JOB_OPTIONS },
        },
      ],
      { renewEveryMs: RENEW_EVERY_MS, loggerName: MeetingsSchedulerService.name, what: 'the meetings sweep' },
    );
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }
}
