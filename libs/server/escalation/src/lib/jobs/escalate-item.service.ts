import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { DoorbraakEntity, DossierEntity, VastloperEntity } from '@doorbraak/server-data';
import { LadderService } from '../ladder/ladder.service';
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

// One due item, in one transaction under a row lock, guarded by the rung and stall period it was
// queued for: a retry after a crash, or a second worker, finds the state moved on and does nothing.
@Injectable()
export class EscalateItemService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ladder: LadderService,
  ) {}

  async run(data: EscalateJobData, now: Date): Promise<EscalateResult> {
    const result = await this.dataSource.transaction(async (manager): Promise<EscalateResult | 'NOT_YET_DUE'> => {
      const item = { kind: data.itemType, id: data.itemId };
      const row = await this.ladder.lock<ItemRow>(manager, item);
      if (!row) {
        return 'NOT_FOUND';
      }
      const outcome = await this.ladder.applyToLocked(manager, item, row, { type: 'TICK' }, {
        now,
        actorId: null,
        expect: { rung: data.fromRung, period: data.period },
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
    });
    if (result === 'NOT_YET_DUE') {
      throw new NotYetDueError(`${data.itemType} ${data.itemId} is not due yet at ${now.toISOString()}`);
    }
    return result;
  }
}
