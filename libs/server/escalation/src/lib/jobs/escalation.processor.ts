import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JOBS, QUEUES } from '@doorbraak/server-core';

type EscalationJob = Job<unknown, unknown, string>;

// Stalled-job recovery tuned so a killed worker's jobs resume within seconds; the same on every worker.
export const ESCALATION_WORKER_OPTIONS = { stalledInterval: 5_000, lockDuration: 15_000, maxStalledCount: 2 };

@Processor(QUEUES.escalation, ESCALATION_WORKER_OPTIONS)
export class EscalationProcessor extends WorkerHost {
  private readonly logger = new Logger(EscalationProcessor.name);

  async process(job: EscalationJob): Promise<void> {
    switch (job.name) {
      case JOBS.escalation.sweep:
      case JOBS.escalation.escalate:
        // The ladder's rules arrive with the escalation feature; until then the jobs are accepted and logged.
        this.logger.debug(`${job.name} ${job.id ?? ''}`);
        return;
      default:
        // An unknown job name is a deployment error: fail it so it stays visible in the failed set.
        throw new Error(`No handler for job "${job.name}" on queue "${QUEUES.escalation}"`);
    }
  }
}
