import {
  dueTimes,
  type DoorbraakStatus,
  type DossierStatus,
  type LadderRules,
  type LadderState,
  type VastloperStatus,
} from '@doorbraak/domain';
import type { DoorbraakEntity, DossierEntity, VastloperEntity } from '@doorbraak/server-data';

const later = (left: Date | null, right: Date | null): Date | null => {
  if (left === null || right === null) {
    return left ?? right;
  }
  return left.getTime() >= right.getTime() ? left : right;
};

// The ladder state a vastloper's row holds (the cached fold of its history).
export const vastloperState = (row: VastloperEntity): LadderState => ({
  kind: 'VASTLOPER',
  status: row.status,
  rung: row.rung,
  rungEnteredAt: row.rungEnteredAt,
  clockStartedAt: later(row.rungEnteredAt, row.lastProgressAt),
  acknowledgedAt: row.acknowledgedAt,
  earlyWarningSentAt: row.earlyWarningSentAt,
  overdueAt: row.overdueAt,
  parkedUntil: row.parkedUntil,
  period: row.stallPeriod,
});

// A doorbraak sits on the ladder only while LOPEND; after that its rung is kept as achievedAtRung.
export const doorbraakState = (row: DoorbraakEntity): LadderState => ({
  kind: 'DOORBRAAK',
  status: row.status,
  rung: row.rung ?? row.achievedAtRung,
  rungEnteredAt: row.rungEnteredAt,
  clockStartedAt: row.status === 'LOPEND' ? later(row.rungEnteredAt, row.lastProgressAt) : null,
  acknowledgedAt: row.acknowledgedAt,
  earlyWarningSentAt: row.earlyWarningSentAt,
  overdueAt: row.overdueAt,
  parkedUntil: null,
  period: row.stallPeriod,
});

// A dossier is on the ladder once open; a closed one keeps the rung it was closed at.
export const dossierState = (row: DossierEntity): LadderState => ({
  kind: 'DOSSIER',
  status: row.status,
  rung: row.rung,
  rungEnteredAt: row.rungEnteredAt,
  clockStartedAt: row.status === 'OPEN' ? later(row.rungEnteredAt, row.lastProgressAt) : null,
  acknowledgedAt: row.acknowledgedAt,
  earlyWarningSentAt: row.earlyWarningSentAt,
  overdueAt: row.overdueAt,
  parkedUntil: null,
  period: row.stallPeriod,
});

// The clock restarted by real progress moves lastProgressAt; arriving at a rung does not.
const lastProgressOf = (next: LadderState, previous: Date): Date =>
  next.clockStartedAt !== null &&
  next.rungEnteredAt !== null &&
  next.clockStartedAt.getTime() > next.rungEnteredAt.getTime() &&
  next.clockStartedAt.getTime() > previous.getTime()
    ? next.clockStartedAt
    : previous;

const ladderColumns = (next: LadderState, rules: LadderRules, lastProgressAt: Date) => ({
  stallPeriod: next.period,
  acknowledgedAt: next.acknowledgedAt,
  earlyWarningSentAt: next.earlyWarningSentAt,
  overdueAt: next.overdueAt,
  lastProgressAt: lastProgressOf(next, lastProgressAt),
  ...dueTimes(next, rules),
});

export const vastloperColumns = (row: VastloperEntity, next: LadderState, rules: LadderRules, now: Date): Partial<VastloperEntity> => {
  const resolvedNow = next.status === 'OPGELOST' && row.status !== 'OPGELOST';
  return {
    ...ladderColumns(next, rules, row.lastProgressAt),
    status: next.status as VastloperStatus,
    rung: next.rung ?? row.rung,
    rungEnteredAt: next.rungEnteredAt ?? row.rungEnteredAt,
    parkedUntil: next.parkedUntil,
    parkReason: next.status === 'GEPARKEERD' ? row.parkReason : null,
    ...(resolvedNow ? { resolvedAt: now, resolvedAtRung: next.rung ?? row.rung } : {}),
  };
};

export const doorbraakColumns = (row: DoorbraakEntity, next: LadderState, rules: LadderRules, now: Date): Partial<DoorbraakEntity> => {
  const achievedNow = next.status === 'BEREIKT' && row.status !== 'BEREIKT';
  const running = next.status === 'LOPEND';
  return {
    ...ladderColumns(next, rules, row.lastProgressAt),
    status: next.status as DoorbraakStatus,
    rung: running ? next.rung : null,
    rungEnteredAt: running ? next.rungEnteredAt : row.rungEnteredAt,
    ...(achievedNow ? { achievedAt: now, achievedAtRung: next.rung } : {}),
  };
};

export const dossierColumns = (row: DossierEntity, next: LadderState, rules: LadderRules): Partial<DossierEntity> => ({
  ...ladderColumns(next, rules, row.lastProgressAt),
  status: next.status as DossierStatus,
  rung: next.rung ?? row.rung,
  rungEnteredAt: next.rungEnteredAt ?? row.rungEnteredAt,
});
