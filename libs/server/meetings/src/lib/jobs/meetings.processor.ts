import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JOBS, QUEUES } from '@doorbraak/server-core';
import { MeetingJobHandlers } from './meeting-job-handlers.service';
import type { MeetingsJobData } from './meetings.job-data';
import { MeetingsSweepService } from './meetings-sweep.service';

type MeetingsJobName = (typeof JOBS.meetings)[keyof typeof JOBS.meetings];
type AnyJob = Job<unknown, unknown, string>;

// Every job name in the registry has exactly one handler, or the worker does not start.
export const checkMeetingHandlers = (handled: readonly string[]): void => {
  const missing = Object.values(JOBS.meetings).filter((name) => !handled.includes(name));
  if (missing.length > 0) {
    throw new Error(`meetings jobs: no handler for ${missing.join(', ')}`);
  }
};

@Processor(QUEUES.meetings, { concurrency: 4 })
@Injectable()
export class MeetingsProcessor extends WorkerHost implements OnModuleInit {
  private readonly handlers: Record<MeetingsJobName, (job: AnyJob) => Promise<unknown>>;

  constructor(
    private readonly handlersService: MeetingJobHandlers,
    private readonly sweeps: MeetingsSweepService,
  ) {
    super();
    this.handlers = {
      [JOBS.meetings.sweep]: () => this.sweeps.sweep(new Date()),
      [JOBS.meetings.actionItemReminder]: (job) =>
        this.handlersService.remind(job.data as MeetingsJobData[typeof JOBS.meetings.actionItemReminder], new Date()),
      [JOBS.meetings.statusRequest]: (job) =>
        this.handlersService.requestStatus(job.data as MeetingsJobData[typeof JOBS.meetings.statusRequest], new Date()),
      [JOBS.meetings.prepareBriefing]: (job) =>
        this.handlersService.prepareBriefing(job.data as MeetingsJobData[typeof JOBS.meetings.prepareBriefing], new Date()),
    };
  }

  onModuleInit(): void {
    checkMeetingHandlers(Object.keys(this.handlers));
  }

  // Errors propagate, so BullMQ retries with backoff; a job that fails for good stays in the failed set.
  async process(job: AnyJob): Promise<unknown> {
    const handler = (this.handlers as Record<string, ((job: AnyJob) => Promise<unknown>) | undefined>)[job.name];
    if (!handler) {
      throw new Error(`No handler for job "${job.name}" on queue "${QUEUES.meetings}"`);
    }
    return handler(job);
  }
}
