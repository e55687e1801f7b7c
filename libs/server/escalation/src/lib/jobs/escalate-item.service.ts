import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LadderService } from '../ladder/ladder.service';
import type { EscalateJobData } from './escalation.job-data';

export type EscalateResult = 'APPLIED' | 'NOT_FOUND' | 'STATE_MOVED_ON' | 'NOTHING_DUE';

// One due item, in one transaction under a row lock, guarded by the rung and stall period it was
// queued for: a retry after a crash, or a second worker, finds the state moved on and does nothing.
@Injectable()
export class EscalateItemService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ladder: LadderService,
  ) {}

  run(data: EscalateJobData, now: Date): Promise<EscalateResult> {
    return this.dataSource.transaction(async (manager) => {
      const outcome = await this.ladder.apply(
        manager,
        { kind: data.itemType, id: data.itemId },
        { type: 'TICK' },
        { now, actorId: null, expect: { rung: data.fromRung, period: data.period } },
      );
      return outcome.applied ? 'APPLIED' : outcome.reason;
    });
  }
}
