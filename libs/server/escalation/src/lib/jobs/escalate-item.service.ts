import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LadderService } from '../ladder/ladder.service';
import type { EscalateJobData } from './escalation.job-data';

export type EscalateResult = 'APPLIED' | 'NOT_FOUND' | 'STATE_MOVED_ON' | 'RESCHEDULED';

// Thrown so BullMQ retries with backoff: the sweeping worker's clock was ahead of this one's.
export class NotYetDueError extends Error {}

// One due item, in one transaction under a row lock, guarded by the rung and stall period it was
// queued for: a retry after a crash, or a second worker, finds the state moved on and does nothing.
@Injectable()
export class EscalateItemService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ladder: LadderService,
  ) {}

  async run(data: EscalateJobData, now: Date): Promise<EscalateResult> {
    const result = await this.dataSource.transaction(async (manager) => {
      const outcome = await this.ladder.apply(
        manager,
        { kind: data.itemType, id: data.itemId },
        { type: 'TICK' },
        { now, actorId: null, expect: { rung: data.fromRung, period: data.period } },
      );
      return outcome.applied ? 'APPLIED' : outcome.reason;
    });
    if (result === 'NOTHING_DUE') {
      throw new NotYetDueError(`${data.itemType} ${data.itemId} is not due yet at ${now.toISOString()}`);
    }
    return result;
  }
}
