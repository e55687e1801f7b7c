import type { JOBS } from '@doorbraak/server-core';

// Payloads hold ids only: the handler re-reads the current state from the database.
export type EscalationJobData = {
  [JOBS.escalation.sweep]: Record<string, never>;
  [JOBS.escalation.escalate]: { itemType: 'VASTLOPER' | 'DOORBRAAK'; itemId: string; fromRung: string; period: number };
};
