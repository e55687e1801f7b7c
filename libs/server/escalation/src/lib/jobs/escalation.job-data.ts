import type { EscalationRung, LadderKind } from '@doorbraak/domain';
import { kindLetter } from '../ladder/item-ref';
import type { JOBS } from '@doorbraak/server-core';

// Why the sweep queued an item; part of the job id, so each due moment is queued once.
export type DuePurpose = 'escalate' | 'warn' | 'unpark';

// Payloads hold ids only: the handler re-reads the current state from the database.
export type EscalationJobData = {
  [JOBS.escalation.sweep]: Record<string, never>;
  [JOBS.escalation.answerSweep]: Record<string, never>;
  // One look at one due item, valid only while it is still at `fromRung` in stall `period`. `purpose`
  // and `dueAt` (epoch ms) name the due moment it was queued for: once the row no longer holds that
  // moment, the job's work is done or moot.
  [JOBS.escalation.escalate]: {
    itemType: LadderKind;
    itemId: string;
    fromRung: EscalationRung;
    period: number;
    purpose: DuePurpose;
    dueAt: number;
  };
};

export type EscalateJobData = EscalationJobData[typeof JOBS.escalation.escalate];

// Deterministic (BullMQ refuses ":" in custom ids): a retry, a second sweep or a second worker
// adds the same id, which BullMQ keeps only once. The due moment is part of it, so an item whose
// due time a ladder change moved is queued anew when it falls due.
export const escalationJobId = (data: EscalateJobData): string =>
  `${data.purpose}-${kindLetter(data.itemType)}-${data.itemId}-${data.fromRung}-${data.period}-${data.dueAt}`;
