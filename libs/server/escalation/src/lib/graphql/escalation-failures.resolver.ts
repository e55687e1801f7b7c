import { InjectQueue } from '@nestjs/bullmq';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { Queue } from 'bullmq';
import { can } from '@doorbraak/domain';
import { badInput, CurrentActor, forbidden, QUEUES, type AuthenticatedActor } from '@doorbraak/server-core';
import type { EscalateJobData } from '../jobs/escalation.job-data';
import { EscalationFailure } from './escalation-failure.model';

const MAX_FAILURES = 500;

@Resolver(() => EscalationFailure)
export class EscalationFailuresResolver {
  constructor(@InjectQueue(QUEUES.escalation) private readonly queue: Queue) {}

  @Query(() => [EscalationFailure], { description: 'Escalation jobs that failed for good, newest first (administrators)' })
  async escalationFailures(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<EscalationFailure[]> {
    if (!can(actor, 'escalationFailures.read', { allianceId: null })) {
      throw forbidden('Only administrators see failed escalation jobs.');
    }
    if (first < 1 || first > MAX_FAILURES) {
      throw badInput(`first must be between 1 and ${MAX_FAILURES}.`);
    }
    const jobs = await this.queue.getFailed(0, first - 1);
    return jobs.map((job) => {
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
    });
  }
}
