import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EscalationRung } from '@doorbraak/domain';
import { subjectColumns, type EscalationAgenda, type EscalationPlacement, type EscalationTarget, type LadderRef } from '@doorbraak/server-escalation';
import { AgendaPlacementService } from './agenda-placement.service';

// The ladder's agenda port, carried out by the agenda's own rules.
@Injectable()
export class EscalationAgendaService implements EscalationAgenda {
  constructor(private readonly placement: AgendaPlacementService) {}

  place(manager: EntityManager, placement: EscalationPlacement): Promise<string | null> {
    return this.placement.placeEscalation(manager, { ...placement, item: subjectColumns(placement.item) });
  }

  prepare(manager: EntityManager, memo: Map<string, unknown>, targets: readonly EscalationTarget[], now: Date): Promise<void> {
    return this.placement.chooseEscalationTargets(manager, memo, targets, now);
  }

  finish(manager: EntityManager, memo: Map<string, unknown>, now: Date): Promise<ReadonlyMap<string, string>> {
    return this.placement.writeQueuedEscalations(manager, memo, now);
  }

  withdraw(manager: EntityManager, item: LadderRef, openAt: EscalationRung | null, now: Date): Promise<void> {
    return this.placement.withdrawEscalation(manager, subjectColumns(item), openAt, now);
  }
}
