import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JOBS, keepJobSchedulers, QUEUES, SCHEDULED_JOB_OPTIONS } from '@doorbraak/server-core';

export const SIMILARITY_DISPATCH_SCHEDULER_ID = 'similarity-dispatch-scheduler';

// A new item's matches are there within seconds: the marks are looked at every second.
const DISPATCH_EVERY_MS = 1_000;

@Injectable()
export class SimilarityDispatchSchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private stop: (() => void) | undefined;

  constructor(@InjectQueue(QUEUES.similarity) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    this.stop = await keepJobSchedulers(
      this.queue,
      [
        {
          id: SIMILARITY_DISPATCH_SCHEDULER_ID,
          repeat: { every: DISPATCH_EVERY_MS },
          template: { name: JOBS.similarity.dispatch, data: {}, opts: SCHEDULED_JOB_OPTIONS },
        },
      ],
      { renewEveryMs: 60_000, loggerName: SimilarityDispatchSchedulerService.name, what: 'the similarity dispatch schedule' },
    );
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }
}
