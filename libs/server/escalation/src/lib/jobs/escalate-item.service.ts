import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { DoorbraakEntity, DossierEntity, VastloperEntity } from '@doorbraak/server-data';
import { LadderBatch, LadderService } from '../ladder/ladder.service';
import type { DuePurpose, EscalateJobData } from './escalation.job-data';

// NOTHING_DUE: the due moment the job was queued for is over (its work was done, say by a run that
// committed before its worker died, or by the job for another due moment of the same item).
export type EscalateResult = 'APPLIED' | 'NOT_FOUND' | 'STATE_MOVED_ON' | 'RESCHEDULED' | 'NOTHING_DUE';

// Thrown so BullMQ retries with backoff: the sweeping worker's clock was ahead of this one's.
export class NotYetDueError extends Error {}

type ItemRow = VastloperEntity | DoorbraakEntity | DossierEntity;

const dueMomentOf = (row: ItemRow, purpose: DuePurpose): Date | null => {
  switch (purpose) {
    case 'escalate':
      return row.nextEscalationAt;
    case 'warn':
      return row.earlyWarningAt;
    case 'unpark':
      return 'parkedUntil' in row ? row.parkedUntil : null;
  }
};

// The outcome of one job's look inside a batch; NOT_YET_DUE is thrown for that job alone once the batch committed.
// BUSY: another transaction held the item's row, so the batch left it for a run of its own (which waits for it).
export type BatchResult = EscalateResult | 'NOT_YET_DUE' | 'BUSY';

const allianceOf = (row: ItemRow | null): string => (row && 'allianceId' in row ? row.allianceId : '');

// Due items in one transaction under row locks, each guarded by the rung and stall period it was queued
// for: a retry after a crash, or a second worker, finds the state moved on and does nothing.
@Injectable()
export class EscalateItemService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ladder: LadderService,
  ) {}

  async run(data: EscalateJobData, now: Date): Promise<EscalateResult> {
    const [result] = await this.runMany([data], now);
    if (result === 'NOT_YET_DUE') {
      throw new NotYetDueError(`${data.itemType} ${data.itemId} is not due yet at ${now.toISOString()}`);
    }
    // On its own, the job waits for its row: never BUSY.
    return result as EscalateResult;
  }

  // Many jobs' items in one transaction: their rows locked in one statement per kind, then each moved by the
  // ladder's rules in the order of alliance and rung, sharing what the batch reads once (LadderBatch), so the
  // meetings they go to are locked once, in the same order by every batch. Answers one result per job, in order;
  // a failure fails the whole batch (nothing of it is committed).
  //
  // `skipLocked` (a batch): a row another transaction holds (a person editing the item, say) is not waited for, so
  // one busy item never holds up the rest; its jobs answer BUSY.
  async runMany(jobs: readonly EscalateJobData[], now: Date, skipLocked = false): Promise<BatchResult[]> {
    return this.dataSource.transaction(async (manager): Promise<BatchResult[]> => {
      const rows = new Map<string, ItemRow>();
      const busy = new Set<string>();
      for (const kind of new Set(jobs.map((job) => job.itemType))) {
        const ids = [...new Set(jobs.filter((job) => job.itemType === kind).map((job) => job.itemId))];
        for (const row of await this.ladder.lockMany<ItemRow>(manager, kind, ids, skipLocked)) {
          rows.set(`${kind}-${row.id}`, row);
        }
        const skipped = ids.filter((id) => !rows.has(`${kind}-${id}`));
        if (skipLocked && skipped.length > 0) {
          for (const id of await this.ladder.existing(manager, kind, skipped)) busy.add(`${kind}-${id}`);
        }
      }
      const keyOf = (job: EscalateJobData): string => `${job.itemType}-${job.itemId}`;
      const order = jobs
        .map((job, index) => ({ job, index, alliance: allianceOf(rows.get(keyOf(job)) ?? null) }))
        .sort(
          (left, right) =>
            left.alliance.localeCompare(right.alliance) ||
            left.job.fromRung.localeCompare(right.job.fromRung) ||
            left.job.itemId.localeCompare(right.job.itemId) ||
            left.index - right.index,
        );
      const batch = new LadderBatch(now);
      await this.ladder.prepare(
        manager,
        batch,
        jobs.flatMap((job) => {
          const row = rows.get(keyOf(job));
          return row ? [{ item: { kind: job.itemType, id: job.itemId }, row }] : [];
        }),
      );
      const seen = new Set<string>();
      const results: BatchResult[] = new Array(jobs.length);
      for (const { job, index } of order) {
        const key = keyOf(job);
        if (busy.has(key)) {
          results[index] = 'BUSY';
          continue;
        }
        // A second job for the same item (another due moment) reads the row as the first one left it.
        let row = rows.get(key) ?? null;
        if (seen.has(key)) {
          // (Everything the batch moved so far written first: rows, agenda items, events.)
          await this.ladder.finish(manager, batch);
          row = await this.ladder.lock<ItemRow>(manager, { kind: job.itemType, id: job.itemId });
        }
        seen.add(key);
        results[index] = await this.look(manager, job, row, now, batch);
      }
      await this.ladder.finish(manager, batch);
      return results;
    });
  }

  private async look(manager: EntityManager, data: EscalateJobData, row: ItemRow | null, now: Date, batch: LadderBatch): Promise<BatchResult> {
    if (!row) {
      return 'NOT_FOUND';
    }
    const item = { kind: data.itemType, id: data.itemId };
    const outcome = await this.ladder.applyToLocked(manager, item, row, { type: 'TICK' }, {
      now,
      actorId: null,
      expect: { rung: data.fromRung, period: data.period },
      batch,
    });
    if (outcome.applied) {
      return 'APPLIED';
    }
    // The rules see nothing due. While the row still holds the moment this job was queued for, that
    // moment lies ahead of this worker's clock: try again later. Otherwise the job has nothing to do.
    if (outcome.reason === 'NOTHING_DUE' && dueMomentOf(row, data.purpose)?.getTime() === data.dueAt) {
      return 'NOT_YET_DUE';
    }
    return outcome.reason;
  }
}
