import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { NotificationsService } from '@doorbraak/server-notifications';
import type { EscalateJobData } from './escalation.job-data';

export type FinishedJob = Pick<Job, 'id' | 'name' | 'failedReason' | 'attemptsMade'> & { readonly data: unknown };

const MAX_REASON = 200;

const failureOf = (job: FinishedJob) => {
  const data = (job.data ?? {}) as Partial<EscalateJobData>;
  return {
    jobId: job.id ?? '',
    itemType: data.itemType ?? null,
    itemId: data.itemId ?? null,
    attemptsMade: job.attemptsMade,
    reason: (job.failedReason ?? '').slice(0, MAX_REASON),
  };
};

// A job that fails for good is an alert, not silence: one line at error level, and a notification
// to the administrators. The notification is written once per job (its dedupe key), by the worker
// when the job fails or, when the database was what failed, by the first sweep that finds the job.
@Injectable()
export class EscalationAlertsService {
  private readonly logger = new Logger('EscalationJobs');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  attemptFailed(job: FinishedJob): void {
    this.logger.warn({ msg: 'escalation job attempt failed, to be retried', ...failureOf(job) });
  }

  async failedForGood(job: FinishedJob): Promise<void> {
    const failure = failureOf(job);
    this.logger.error({ msg: 'escalation job failed for good', ...failure });
    try {
      await this.tellAdministrators(job);
    } catch (error) {
      this.logger.warn({
        msg: 'administrators not told yet: the next sweep that finds the job tells them',
        jobId: failure.jobId,
        itemId: failure.itemId,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }

  async tellAdministrators(job: FinishedJob): Promise<void> {
    const failure = failureOf(job);
    // Administrators may not read items, so the message names the item by id only (never a title).
    const item = failure.itemId ? ` (${(failure.itemType ?? 'VASTLOPER').toLowerCase()} ${failure.itemId})` : '';
    const ids = await this.dataSource.transaction(async (manager) => {
      const admins: { id: string }[] = await manager.query(
        `SELECT DISTINCT m.person_id AS id FROM membership m JOIN person p ON p.id = m.person_id AND p.active
          WHERE m.alliance_id IS NULL AND m.role = 'ADMIN'`,
      );
      return this.notifications.notify(manager, {
        recipientIds: admins.map((admin) => admin.id),
        kind: 'ESCALATION_FAILED',
        dedupeKey: `escalation-failed-${failure.jobId}`,
        message:
          `Escalatietaak ${failure.jobId}${item} is na ${failure.attemptsMade} pogingen mislukt: ${failure.reason}. ` +
          'Zolang het item aan de beurt is, probeert Doorbraak het bij elke controle opnieuw.',
      });
    });
    await this.notifications.dispatch(ids);
  }
}
