import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JOBS, QUEUES } from '@doorbraak/server-core';
import { SimilarityIndexService } from '../similarity-index.service';
import { SimilarityDispatchService } from './dispatch.service';
import type { RefreshJobData } from './similarity.job-data';

type SimilarityJob = Job<unknown, unknown, string>;
type SimilarityJobName = (typeof JOBS.similarity)[keyof typeof JOBS.similarity];

export const SIMILARITY_WORKER_OPTIONS = { concurrency: 4, stalledInterval: 5_000, lockDuration: 30_000, maxStalledCount: 2 };

@Processor(QUEUES.similarity, SIMILARITY_WORKER_OPTIONS)
@Injectable()
export class SimilarityProcessor extends WorkerHost implements OnModuleInit {
  private readonly handlers: Record<SimilarityJobName, (job: SimilarityJob) => Promise<unknown>>;

  constructor(
    private readonly dispatcher: SimilarityDispatchService,
    private readonly index: SimilarityIndexService,
  ) {
    super();
    this.handlers = {
      [JOBS.similarity.dispatch]: () => this.dispatcher.dispatch(),
      [JOBS.similarity.refresh]: (job) => {
        const data = job.data as RefreshJobData;
        return this.index.refresh(data.vastloperId, data.changedAt);
      },
    };
  }

  onModuleInit(): void {
    const missing = Object.values(JOBS.similarity).filter((name) => !(name in this.handlers));
    if (missing.length > 0) {
      throw new Error(`similarity jobs: no handler for ${missing.join(', ')}`);
    }
  }

  // Errors propagate, so BullMQ retries with backoff; a refresh that fails for good stays in the failed set.
  async process(job: SimilarityJob): Promise<unknown> {
    const handler = (this.handlers as Record<string, ((job: SimilarityJob) => Promise<unknown>) | undefined>)[job.name];
    if (!handler) {
      throw new Error(`No handler for job "${job.name}" on queue "${QUEUES.similarity}"`);
    }
    return handler(job);
  }
}
