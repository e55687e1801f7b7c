import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job, Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { can, type Actor } from '@doorbraak/domain';
import { AuditService } from '@doorbraak/server-audit';
import { badInput, forbidden, notFound, QUEUES, type Caller } from '@doorbraak/server-core';
import type { EscalateJobData } from '../jobs/escalation.job-data';

export const MAX_FAILURES = 500;

export type EscalationFailureRow = {
  jobId: string;
  jobName: string;
  itemType: EscalateJobData['itemType'] | null;
  itemId: string | null;
  fromRung: EscalateJobData['fromRung'] | null;
  period: number | null;
  failedReason: string;
  attemptsMade: number;
  failedAt: Date | null;
};


const rowOf = (job: Job): EscalationFailureRow => {
  const data = (job.data ?? {}) as Partial<EscalateJobData>;
  return {
    jobId: job.id ?? '',
    jobName: job.name,
    itemType: data.itemType ?? null,
    itemId: data.itemId ?? null,
    fromRung: data.fromRung ?? null,
    period: typeof data.period === 'number' ? data.period : null,
    failedReason: job.failedReason ?? '',
    attemptsMade: job.attemptsMade,
    failedAt: job.finishedOn ? new Date(job.finishedOn) : null,
  };
};

// What an administrator does with the escalation jobs that failed for good: list them, run one again
// (fresh attempts), or discard one. Discarding forgets the record; an item that is still due is
// queued again by the next sweep, as every due item is (park or resolve it to stop that).
@Injectable()
export class EscalationFailuresService {
  constructor(
    @InjectQueue(QUEUES.escalation) private readonly queue: Queue,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, first: number): Promise<EscalationFailureRow[]> {
    this.authorize(actor, 'escalationFailures.read', 'Only administrators see failed escalation jobs.');
    if (first < 1 || first > MAX_FAILURES) {
      throw badInput(`first must be between 1 and ${MAX_FAILURES}.`);
    }
    return (await this.queue.getFailed(0, first - 1)).map(rowOf);
  }

  retry(caller: Caller, jobId: string): Promise<EscalationFailureRow> {
    return this.act(caller, jobId, 'retryEscalationFailure', (job) =>
      job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true }),
    );
  }

  discard(caller: Caller, jobId: string): Promise<EscalationFailureRow> {
    return this.act(caller, jobId, 'discardEscalationFailure', (job) => job.remove());
  }

  // The audit entry is written in a transaction that commits only once Redis has done the change,
  // so a change that fails leaves no entry.
  private async act(
    caller: Caller,
    jobId: string,
    operation: string,
    change: (job: Job) => Promise<unknown>,
  ): Promise<EscalationFailureRow> {
    this.authorize(caller.actor, 'escalationFailures.manage', 'Only administrators retry or discard failed escalation jobs.');
    const job = await this.queue.getJob(jobId);
    if (!job || !(await job.isFailed())) {
      throw notFound('failed escalation job', jobId);
    }
    const failure = rowOf(job);
    await this.dataSource.transaction(async (manager) => {
      await this.audit.record(manager, caller, {
        operation,
        entityType: 'EscalationFailure',
        entityId: jobId,
        before: { ...failure, failedAt: failure.failedAt?.toISOString() ?? null },
        after: null,
      });
      try {
        await change(job);
      } catch (error) {
        // Retried, discarded or run again by the sweep since it was read.
        if (!(await job.isFailed())) {
          throw notFound('failed escalation job', jobId);
        }
        throw error;
      }
    });
    return failure;
  }

  private authorize(actor: Actor, action: 'escalationFailures.read' | 'escalationFailures.manage', message: string): void {
    if (!can(actor, action, { allianceId: null })) {
      throw forbidden(message);
    }
  }
}
