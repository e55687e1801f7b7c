import type { CalendarSettings } from '../calendar/dutch-holidays';
import { ESCALATION_RUNGS, TOP_RUNG, type EscalationRung, type Ladder } from '../ladder';
import { earlyWarningTime, stallDeadline, stallTimeOf } from './stall-clock';
import { phaseOfStatus, type LadderKind, type LadderStatus } from './status-transitions';

// Where an item stands on the ladder. The database keeps this as columns of the item, so the
// sweep can find due items by index; `replayHistory` derives the same state from the events.
export type LadderState = {
  readonly kind: LadderKind;
  readonly status: LadderStatus;
  // Null only for a doorbraak that never ran (IDEE) and a dossier still proposed.
  readonly rung: EscalationRung | null;
  readonly rungEnteredAt: Date | null;
  // The later of arriving at the rung and the last real progress there.
  readonly clockStartedAt: Date | null;
  // Both reset when the item changes rung: acknowledge and early warning count once per rung.
  readonly acknowledgedAt: Date | null;
  readonly earlyWarningSentAt: Date | null;
  // Set when the item stalled at the top rung, where there is nowhere higher to go.
  readonly overdueAt: Date | null;
  readonly parkedUntil: Date | null;
  // Counts every start of the stall clock: (item, rung, period) names one stall, for job ids.
  readonly period: number;
};

export type LadderRules = { readonly ladder: Ladder; readonly calendar: CalendarSettings };

// A national dossier climbs only the national rungs: it opens at INTERDEPARTEMENTAAL, the programme team's.
export const NATIONAL_RUNGS: readonly EscalationRung[] = ['INTERDEPARTEMENTAAL', 'DOORBRAAKOVERLEG'];

export const rungsOf = (kind: LadderKind): readonly EscalationRung[] => (kind === 'DOSSIER' ? NATIONAL_RUNGS : ESCALATION_RUNGS);

export const firstRungOf = (kind: LadderKind): EscalationRung => rungsOf(kind)[0];

export const newItemState = (kind: LadderKind, status: LadderStatus, now: Date): LadderState => {
  const running = phaseOfStatus(status) === 'RUNNING';
  const onLadder = running || kind === 'VASTLOPER';
  return {
    kind,
    status,
    rung: onLadder ? firstRungOf(kind) : null,
    rungEnteredAt: onLadder ? now : null,
    clockStartedAt: running ? now : null,
    acknowledgedAt: null,
    earlyWarningSentAt: null,
    overdueAt: null,
    parkedUntil: null,
    period: 0,
  };
};

export type DueTimes = { readonly nextEscalationAt: Date | null; readonly earlyWarningAt: Date | null };

const NOTHING_DUE: DueTimes = { nextEscalationAt: null, earlyWarningAt: null };

// When the item stalls at its rung, and when its early warning goes out; null when nothing is due.
export const dueTimes = (state: LadderState, rules: LadderRules): DueTimes => {
  if (phaseOfStatus(state.status) !== 'RUNNING' || state.rung === null || state.clockStartedAt === null) {
    return NOTHING_DUE;
  }
  if (state.rung === TOP_RUNG && state.overdueAt !== null) {
    return NOTHING_DUE;
  }
  const stallTime = stallTimeOf(rules.ladder, state.rung);
  return {
    nextEscalationAt: stallDeadline(state.clockStartedAt, stallTime, rules.calendar),
    earlyWarningAt:
      state.earlyWarningSentAt === null ? earlyWarningTime(state.clockStartedAt, stallTime, rules.calendar) : null,
  };
};

// DOMAIN §3 rule 1: open and without progress at its rung for that rung's stall time.
export const isStalled = (state: LadderState, at: Date, rules: LadderRules): boolean => {
  const { nextEscalationAt } = dueTimes(state, rules);
  return nextEscalationAt !== null && at.getTime() >= nextEscalationAt.getTime();
};

// At the top rung a stall flags the item overdue instead of moving it.
export const isOverdueAtTop = (state: LadderState): boolean => state.rung === TOP_RUNG && state.overdueAt !== null;
