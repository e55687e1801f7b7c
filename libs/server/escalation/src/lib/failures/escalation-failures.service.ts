import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { can, type Actor, type LadderKind } from '@doorbraak/domain';
import { AuditService } from '@doorbraak/server-audit';
import { forbidden, invalidCursor, invalidPageSize, MAX_PAGE_SIZE, notFound, QUEUES, REDIS, type Caller, type Page } from '@doorbraak/server-core';
import type { EscalateJobData } from '../jobs/escalation.job-data';

export type EscalationFailureRow = {
  jobId: string;
  jobName: string;
  itemType: LadderKind | null;
  itemId: string | null;
  fromRung: EscalateJobData['fromRung'] | null;
  period: number | null;
  failedReason: string;
  attemptsMade: number;
  failedAt: Date | null;
};


const encodeFailureCursor = (score: number, id: string): string => Buffer.from(JSON.stringify([score, id])).toString('base64url');

const decodeFailureCursor = (cursor: string): { score: number; id: string } | null => {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && Number.isFinite(value[0]) && typeof value[1] === 'string' && value[1].length > 0) {
      return { score: value[0] as number, id: value[1] };
    }
  } catch {
    // Falls through: not a cursor of ours.
  }
  return null;
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
    @Inject(REDIS) private readonly redis: Redis,
    private readonly audit: AuditService,
  ) {}

  // Newest failure first, a page at a time. The failed set lives in Redis, sorted by the time each job
  // failed: the cursor is that time and the job id, so a failure that leaves the set does not shift the pages.
  async list(actor: Actor, first: number, after: string | null | undefined): Promise<Page<EscalationFailureRow>> {
    this.authorize(actor, 'escalationFailures.read', 'Only administrators see failed escalation jobs.');
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw invalidPageSize();
    }
    const cursor = after ? decodeFailureCursor(after) : null;
    if (after && !cursor) {
      throw invalidCursor();
    }
    const key = this.queue.toKey('failed');
    const flat = await this.redis.zrevrange(key, 0, -1, 'WITHSCORES');
    const entries: { id: string; score: number }[] = [];
    for (let index = 0; index < flat.length; index += 2) {
      entries.push({ id: flat[index], score: Number(flat[index + 1]) });
    }
    // ZREVRANGE orders by score, then by id, both descending: the rows after the cursor are those below it.
    const start = cursor ? entries.findIndex((entry) => entry.score < cursor.score || (entry.score === cursor.score && entry.id < cursor.id)) : 0;
    const slice = start < 0 ? [] : entries.slice(start, start + first + 1);
    const jobs = await Promise.all(slice.slice(0, first).map(async (entry) => ({ entry, job: await this.queue.getJob(entry.id) })));
    let totalCount: Promise<number> | undefined;
    return {
      rows: jobs.flatMap(({ entry, job }) => (job ? [{ node: rowOf(job), cursor: encodeFailureCursor(entry.score, entry.id) }] : [])),
      totalCount: () => (totalCount ??= this.redis.zcard(key)),
      hasNextPage: slice.length > first,
    };
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
