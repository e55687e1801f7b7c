import type { JOBS } from '@doorbraak/server-core';

// Payloads hold ids only: the handler re-reads the item. `changedAt` is the change this job is for
// (PostgreSQL's text of the pending mark), so finishing it never clears a later change.
export type SimilarityJobData = {
  [JOBS.similarity.dispatch]: Record<string, never>;
  [JOBS.similarity.refresh]: { vastloperId: string; changedAt: string };
};

export type RefreshJobData = SimilarityJobData[typeof JOBS.similarity.refresh];

// Deterministic per change (BullMQ refuses ":" in custom ids): a second dispatch of the same mark adds
// nothing, a later change of the same item is a new job. `stamp` is the mark's time in microseconds.
export const refreshJobId = (vastloperId: string, stamp: string): string => `similarity-refresh-${vastloperId}-${stamp}`;
