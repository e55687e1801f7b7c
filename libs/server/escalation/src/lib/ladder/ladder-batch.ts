import type { ItemPeople, LadderRules } from '@doorbraak/domain';
import type { QueryDeepPartialEntity } from 'typeorm';
import type { EscalationEventEntity } from '@doorbraak/server-data';
import type { EscalationNotice } from '../ports/escalation-ports';
import type { LadderRef } from './item-ref';

// An item's ladder columns as its move left them, by entity property; written when the batch ends.
export type RowWrite = { readonly kind: LadderRef['kind']; readonly id: string; readonly columns: Readonly<Record<string, unknown>> };

// Several items moved by the ladder in one transaction at one `now`. They read once what they share (the
// ladder and the rung holders of each alliance, the meetings their escalations go to: the agenda's own memo,
// see EscalationPlacement.memo), and their rows, escalation events and notices are written together when the
// batch ends (LadderService.finish), in the same transaction.
export class LadderBatch {
  constructor(readonly now: Date) {}

  readonly rules = new Map<string | null, Promise<LadderRules>>();
  readonly people = new Map<string | null, Promise<ItemPeople>>();
  readonly agenda = new Map<string, unknown>();
  readonly rows: RowWrite[] = [];
  readonly events: QueryDeepPartialEntity<EscalationEventEntity>[] = [];
  readonly notices: EscalationNotice[] = [];
}
