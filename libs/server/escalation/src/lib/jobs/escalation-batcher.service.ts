import { Injectable } from '@nestjs/common';
import { EscalateItemService, NotYetDueError, type BatchResult, type EscalateResult } from './escalate-item.service';
import type { EscalateJobData } from './escalation.job-data';

// The most jobs one transaction takes on.
export const ESCALATION_BATCH = 200;

type Waiting = { readonly data: EscalateJobData; readonly resolve: (result: EscalateResult) => void; readonly reject: (error: unknown) => void };

// Group commit for the escalation jobs a worker runs at once: every job stays one job in the queue (its own
// id, attempts, failure and alert), but the jobs waiting together are carried out in one transaction, one
// at a time per process. A job completes only once the transaction with its item has committed. When a
// batch fails, each of its jobs runs again on its own, so one bad job fails alone and every other job's
// outcome is what it would have been by itself.
@Injectable()
export class EscalationBatcherService {
  private waiting: Waiting[] = [];
  private busy = false;

  constructor(private readonly escalations: EscalateItemService) {}

  run(data: EscalateJobData): Promise<EscalateResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ data, resolve, reject });
      this.next();
    });
  }

  // Lets the jobs handed over in the same turn join, then takes on what waits (while no batch runs).
  private next(): void {
    if (this.busy || this.waiting.length === 0) {
      return;
    }
    this.busy = true;
    setImmediate(() => {
      const batch = this.waiting.splice(0, ESCALATION_BATCH);
      void this.carryOut(batch).finally(() => {
        this.busy = false;
        this.next();
      });
    });
  }

  private async carryOut(batch: readonly Waiting[]): Promise<void> {
    const busy: Waiting[] = [];
    const settle = (job: Waiting, result: BatchResult, at: Date): void => {
      if (result === 'NOT_YET_DUE') {
        job.reject(new NotYetDueError(`${job.data.itemType} ${job.data.itemId} is not due yet at ${at.toISOString()}`));
      } else if (result === 'BUSY') {
        busy.push(job);
      } else {
        job.resolve(result);
      }
    };
    const now = new Date();
    try {
      const results = await this.escalations.runMany(
        batch.map((job) => job.data),
        now,
        true,
      );
      batch.forEach((job, index) => settle(job, results[index], now));
    } catch (error) {
      if (batch.length === 1) {
        batch[0].reject(error);
        return;
      }
      // Each on its own (in order, so the retries of a failed batch cannot deadlock one another), passing over a
      // row someone else holds as the batch does.
      for (const job of batch) {
        const at = new Date();
        await this.escalations.runMany([job.data], at, true).then(([result]) => settle(job, result, at), job.reject);
      }
    }
    // The items someone else held: each on its own now that the rest is committed, waiting for its row as a job by
    // itself does, beside the batches that follow: a row held for long holds up its own job, not the next batch.
    for (const job of busy) {
      void this.escalations.run(job.data, new Date()).then(job.resolve, job.reject);
    }
  }
}
