import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, type JobsOptions, type Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { isoDurationMillis, type EscalationRung, type LadderKind } from '@doorbraak/domain';
import { APP_CONFIG, JOBS, QUEUES, type AppConfig } from '@doorbraak/server-core';
import { EscalationAlertsService } from './escalation-alerts.service';
import { escalationJobId, type DuePurpose, type EscalateJobData } from './escalation.job-data';

type DueSource = { readonly kind: LadderKind; readonly purpose: DuePurpose; readonly table: string; readonly column: string; readonly where: string };

// Each source reads one partial index, so a sweep costs what is due, not what exists.
const SOURCES: readonly DueSource[] = [
  { kind: 'VASTLOPER', purpose: 'escalate', table: 'vastloper', column: 'next_escalation_at', where: `status IN ('OPEN', 'IN_BEHANDELING')` },
  { kind: 'VASTLOPER', purpose: 'warn', table: 'vastloper', column: 'early_warning_at', where: `status IN ('OPEN', 'IN_BEHANDELING')` },
  { kind: 'VASTLOPER', purpose: 'unpark', table: 'vastloper', column: 'parked_until', where: `status = 'GEPARKEERD'` },
  { kind: 'DOORBRAAK', purpose: 'escalate', table: 'doorbraak', column: 'next_escalation_at', where: `status = 'LOPEND'` },
  { kind: 'DOORBRAAK', purpose: 'warn', table: 'doorbraak', column: 'early_warning_at', where: `status = 'LOPEND'` },
  { kind: 'DOSSIER', purpose: 'escalate', table: 'dossier', column: 'next_escalation_at', where: `status = 'OPEN'` },
  { kind: 'DOSSIER', purpose: 'warn', table: 'dossier', column: 'early_warning_at', where: `status = 'OPEN'` },
];

const BATCH = 1000;

// The scores of the ids (ARGV) in the failed (KEYS[1]) and completed (KEYS[2]) sets; nil where absent.
const FINISHED_SCORES = 'escalationFinishedScores';
const FINISHED_SCORES_LUA = "return { redis.call('ZMSCORE', KEYS[1], unpack(ARGV)), redis.call('ZMSCORE', KEYS[2], unpack(ARGV)) }";
// The clients that know the script (a queue's client is made once, but may be replaced on reconnect).
const scriptClients = new WeakSet<object>();

type DueRow = { id: string; rung: EscalationRung; period: number; due: string; due_ms: string };

export type SweepResult = {
  readonly due: number;
  // Jobs of still-due items that had finished (failed for good, or completed) and were run again.
  readonly rerun: number;
};

// What the job with that id became before the sweep saw its item still due.
type Finished = { readonly id: string; readonly state: 'failed' | 'completed' };

@Injectable()
export class SweepService {
  private readonly logger = new Logger('EscalationSweep');
  private readonly jobOptions: JobsOptions;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.escalation) private readonly queue: Queue,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'escalationJobAttempts' | 'escalationJobBackoff'>,
    private readonly alerts: EscalationAlertsService,
  ) {
    this.jobOptions = {
      attempts: config.escalationJobAttempts,
      backoff: { type: 'exponential', delay: isoDurationMillis(config.escalationJobBackoff) },
    };
  }

  // Queues one job per due item. An item stays due until its job has moved it, so a job lost with a
  // Redis restart is queued again by the next sweep; a job still queued is not queued twice; and a job
  // that finished without moving it (failed for good while PostgreSQL was away, say) is run again.
  async sweep(now: Date): Promise<SweepResult> {
    let due = 0;
    let rerun = 0;
    for (const source of SOURCES) {
      // Keyset pages in index order; the cursor travels as text to keep PostgreSQL's microseconds.
      let after: { due: string; id: string } = { due: '-infinity', id: '00000000-0000-0000-0000-000000000000' };
      for (;;) {
        const readAt = Date.now();
        const rows: DueRow[] = await this.dataSource.query(
          `SELECT id, rung, stall_period AS period, ${source.column}::text AS due,
                  floor(extract(epoch FROM ${source.column}) * 1000)::bigint AS due_ms FROM ${source.table}
            WHERE ${source.where} AND ${source.column} IS NOT NULL AND ${source.column} <= $1
              AND ${source.column} >= $2::timestamptz AND (${source.column}, id) > ($2::timestamptz, $3::uuid)
            ORDER BY ${source.column}, id LIMIT ${BATCH}`,
          [now, after.due, after.id],
        );
        if (rows.length > 0) {
          const jobs = rows.map((row) => {
            const data: EscalateJobData = {
              itemType: source.kind,
              itemId: row.id,
              fromRung: row.rung,
              period: row.period,
              purpose: source.purpose,
              dueAt: Number(row.due_ms),
            };
            return { name: JOBS.escalation.escalate, data, opts: { ...this.jobOptions, jobId: escalationJobId(data) } };
          });
          await this.queue.addBulk(jobs);
          rerun += await this.rerun(await this.finishedBefore(jobs.map((job) => job.opts.jobId), readAt));
          due += rows.length;
        }
        if (rows.length < BATCH) {
          break;
        }
        const last = rows[rows.length - 1];
        after = { due: last.due, id: last.id };
      }
    }
    return { due, rerun };
  }

  // The jobs among `ids` that finished before `before`: the id dedupes queueing only, so for such a
  // job the add above was a no-op. (A job that finished after the rows were read may have moved its
  // item meanwhile; the next sweep decides about it.) BullMQ scores its finished sets by the time a
  // job finished; one script asks both sets about the whole page, so a page costs one round trip.
  private async finishedBefore(ids: readonly string[], before: number): Promise<Finished[]> {
    const client = await this.queue.getBackend().client;
    if (!scriptClients.has(client)) {
      client.defineCommand(FINISHED_SCORES, { numberOfKeys: 2, lua: FINISHED_SCORES_LUA, readOnly: true });
      scriptClients.add(client);
    }
    const states = ['failed', 'completed'] as const;
    const scores = (await client.runCommand(FINISHED_SCORES, [...states.map((state) => this.queue.keys[state]), ...ids])) as (string | null)[][];
    return states.flatMap((state, index) =>
      scores[index].flatMap((score, position): Finished[] => (score !== null && Number(score) < before ? [{ id: ids[position], state }] : [])),
    );
  }

  // Running such a job again is safe: the guarded transaction and the unique index, not the job id,
  // make an escalation happen once. A job that failed for good is reported to the administrators
  // first (once per job), so the alert is not lost when the failure was the database's.
  private async rerun(finished: readonly Finished[]): Promise<number> {
    let count = 0;
    for (const { id, state } of finished) {
      const job = await this.queue.getJob(id);
      if (!job) {
        continue;
      }
      if (state === 'failed') {
        await this.alerts.tellAdministrators(job);
      }
      try {
        await job.retry(state, { resetAttemptsMade: true, resetAttemptsStarted: true });
      } catch (error) {
        // Another sweep, or an administrator, got there first.
        const code = (error as { code?: unknown }).code;
        if (code === ErrorCode.JobNotExist || code === ErrorCode.JobNotInState) {
          continue;
        }
        throw error;
      }
      count += 1;
      const message =
        state === 'failed'
          ? 'escalation job runs again: it failed for good, and its item is still due'
          : 'escalation job runs again: it completed, yet its item is still due at that moment';
      this.logger[state === 'failed' ? 'log' : 'warn']({ msg: message, jobId: id, itemId: (job.data as EscalateJobData).itemId });
    }
    return count;
  }
}
