import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { DEFAULT_JOB_OPTIONS, JOBS, QUEUES } from '@doorbraak/server-core';
import { returnedRows } from '../similarity-index.service';
import { refreshJobId, type RefreshJobData } from './similarity.job-data';

const BATCH = 500;
// A mark queued this long ago and still there is queued again (its job id is the same, so a job that
// is still waiting or running is not doubled).
const REQUEUE_AFTER = '5 minutes';

type Claimed = { vastloperId: string; changedAt: string; stamp: string };

// Turns the pending marks into refresh jobs. The marks are claimed and the jobs added in one transaction:
// when Redis is away the claim rolls back and the next run tries again.
@Injectable()
export class SimilarityDispatchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.similarity) private readonly queue: Queue,
  ) {}

  async dispatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const claimed = returnedRows<Claimed>(
        await manager.query(
        `UPDATE similarity_pending p SET enqueued_at = now()
         FROM (
           SELECT vastloper_id FROM similarity_pending
           WHERE enqueued_at IS NULL OR enqueued_at < now() - interval '${REQUEUE_AFTER}'
           ORDER BY changed_at LIMIT ${BATCH}
           FOR UPDATE SKIP LOCKED
         ) due
         WHERE p.vastloper_id = due.vastloper_id
         RETURNING p.vastloper_id AS "vastloperId", p.changed_at::text AS "changedAt",
                   (extract(epoch FROM p.changed_at) * 1000000)::bigint::text AS "stamp"`,
        ),
      );
      if (claimed.length > 0) {
        await this.queue.addBulk(
          claimed.map((mark) => ({
            name: JOBS.similarity.refresh,
            data: { vastloperId: mark.vastloperId, changedAt: mark.changedAt } satisfies RefreshJobData,
            opts: { ...DEFAULT_JOB_OPTIONS, jobId: refreshJobId(mark.vastloperId, mark.stamp) },
          })),
        );
      }
      return claimed.length;
    });
  }
}
