import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JOBS, QUEUES } from '@doorbraak/server-core';
import { AnswerSweepService } from './answer-sweep.service';
import { EscalationAlertsService } from './escalation-alerts.service';
import { ESCALATION_BATCH, EscalationBatcherService } from './escalation-batcher.service';
import type { EscalateJobData } from './escalation.job-data';
import { SweepService } from './sweep.service';

type EscalationJob = Job<unknown, unknown, string>;
type EscalationJobName = (typeof JOBS.escalation)[keyof typeof JOBS.escalation];

// Stalled-job recovery tuned so a killed worker's jobs resume within seconds; the same on every worker.
// Enough jobs at once for the escalation jobs to be carried out in batches (EscalationBatcherService).
export const ESCALATION_WORKER_OPTIONS = { stalledInterval: 5_000, lockDuration: 15_000, maxStalledCount: 2, concurrency: ESCALATION_BATCH };

export class HandlerRegistryError extends Error {}

// Every job name in the registry has exactly one handler, or the worker does not start.
export const checkHandlers = (names: readonly string[], handled: readonly string[]): void => {
  const missing = names.filter((name) => !handled.includes(name));
  const twice = handled.filter((name, index) => handled.indexOf(name) !== index);
  if (missing.length > 0 || twice.length > 0) {
    throw new HandlerRegistryError(
      `escalation jobs: ${missing.length ? `no handler for ${missing.join(', ')}` : ''}${twice.length ? ` two handlers for ${twice.join(', ')}` : ''}`.trim(),
    );
  }
};

@Processor(QUEUES.escalation, ESCALATION_WORKER_OPTIONS)
@Injectable()
export class EscalationProcessor extends WorkerHost implements OnModuleInit {
  private readonly handlers: Record<EscalationJobName, (job: EscalationJob) => Promise<unknown>>;

  constructor(
    private readonly sweeps: SweepService,
    private readonly escalations: EscalationBatcherService,
    private readonly alerts: EscalationAlertsService,
    private readonly answerSweeps: AnswerSweepService,
  ) {
    super();
    this.handlers = {
      [JOBS.escalation.sweep]: () => this.sweeps.sweep(new Date()),
      [JOBS.escalation.escalate]: (job) => this.escalations.run(job.data as EscalateJobData),
      [JOBS.escalation.answerSweep]: () => this.answerSweeps.sweep(new Date()),
    };
  }

  onModuleInit(): void {
    checkHandlers(Object.values(JOBS.escalation), Object.keys(this.handlers));
  }

  // Errors propagate, so BullMQ retries with backoff and a job that fails for good stays in the failed set.
  async process(job: EscalationJob): Promise<unknown> {
    const handler = (this.handlers as Record<string, ((job: EscalationJob) => Promise<unknown>) | undefined>)[job.name];
    if (!handler) {
      // An unknown job name is a deployment error: fail it so it stays visible in the failed set.
      throw new Error(`No handler for job "${job.name}" on queue "${QUEUES.escalation}"`);
    }
    return handler(job);
  }

  // BullMQ emits this after every failed attempt; only the last one (finishedOn set) is for good. The
  // attempts before it are a warning each, so an outage shows in the log while the jobs still retry.
  @OnWorkerEvent('failed')
  async onFailed(job: EscalationJob | undefined): Promise<void> {
    if (job?.name !== JOBS.escalation.escalate) return;
    if (typeof job.finishedOn === 'number') {
      await this.alerts.failedForGood(job);
    } else {
      this.alerts.attemptFailed(job);
    }
  }
}
