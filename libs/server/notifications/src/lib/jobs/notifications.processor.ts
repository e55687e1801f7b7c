import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JOBS, QUEUES } from '@doorbraak/server-core';
import { EmailDeliveryService } from './email-delivery.service';
import type { NotificationsJobData } from './notifications.job-data';

type NotificationsJobName = (typeof JOBS.notifications)[keyof typeof JOBS.notifications];
type AnyJob = Job<unknown, unknown, string>;

// Every job name in the registry has exactly one handler, or the worker does not start.
export const checkNotificationHandlers = (handled: readonly string[]): void => {
  const missing = Object.values(JOBS.notifications).filter((name) => !handled.includes(name));
  if (missing.length > 0) {
    throw new Error(`notifications jobs: no handler for ${missing.join(', ')}`);
  }
};

@Processor(QUEUES.notifications, { concurrency: 4 })
@Injectable()
export class NotificationsProcessor extends WorkerHost implements OnModuleInit {
  private readonly handlers: Record<NotificationsJobName, (job: AnyJob) => Promise<unknown>>;

  constructor(private readonly delivery: EmailDeliveryService) {
    super();
    this.handlers = {
      [JOBS.notifications.dispatch]: () => this.delivery.dispatchPending(new Date()),
      [JOBS.notifications.sendEmail]: (job) =>
        this.delivery.deliver((job.data as NotificationsJobData[typeof JOBS.notifications.sendEmail]).notificationId, new Date()),
      [JOBS.notifications.dailyDigest]: () => this.delivery.sendDigests(new Date()),
    };
  }

  onModuleInit(): void {
    checkNotificationHandlers(Object.keys(this.handlers));
  }

  // Errors propagate, so BullMQ retries with backoff; a job that fails for good stays in the failed set.
  async process(job: AnyJob): Promise<unknown> {
    const handler = (this.handlers as Record<string, ((job: AnyJob) => Promise<unknown>) | undefined>)[job.name];
    if (!handler) {
      throw new Error(`No handler for job "${job.name}" on queue "${QUEUES.notifications}"`);
    }
    return handler(job);
  }
}
