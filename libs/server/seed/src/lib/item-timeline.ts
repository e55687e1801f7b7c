import { DEFAULT_LADDER, ESCALATION_RUNGS, rungIndex, type EscalationRung, type VastloperStatus } from '@doorbraak/domain';
import { daysBefore, plusDays } from './amsterdam-time';

// Demo history in calendar days: 15 working days ≈ 21 days, 30 ≈ 42, 60 ≈ 84. The worker applies the
// real working-day calendar; these dates only need to put items clearly before or after their due time.
export const stallDaysOf = (rung: EscalationRung): number => {
  const setting = DEFAULT_LADDER.find((candidate) => candidate.rung === rung);
  if (!setting) {
    throw new Error(`seed: the default ladder has no rung ${rung}`);
  }
  switch (setting.stallTime.unit) {
    case 'WORKING_DAYS':
      return Math.round((setting.stallTime.workingDays * 7) / 5);
    case 'DURATION':
      throw new Error(`seed: expects the default ladder in working days, ${rung} has a duration`);
  }
};

// Early warning goes out at 80% of the stall time (DOMAIN §3, rule 6).
const EARLY_WARNING_SHARE = 0.8;

export type Climb = { readonly from: EscalationRung; readonly to: EscalationRung; readonly at: Date };

export type StallClock = { readonly nextEscalationAt: Date; readonly earlyWarningAt: Date };

// The clock at a rung runs from the later of arriving there and the last real progress.
export const stallClock = (rung: EscalationRung, rungEnteredAt: Date, lastProgressAt: Date): StallClock => {
  const start = lastProgressAt > rungEnteredAt ? lastProgressAt : rungEnteredAt;
  const days = stallDaysOf(rung);
  return { nextEscalationAt: plusDays(start, days), earlyWarningAt: plusDays(start, days * EARLY_WARNING_SHARE) };
};

// An item that reached `rung` at `enteredAt` by stalling on every rung below: one climb per stall period.
export const climbsUpTo = (rung: EscalationRung, enteredAt: Date): { createdAt: Date; climbs: Climb[] } => {
  const climbs: Climb[] = [];
  let at = enteredAt;
  for (let index = rungIndex(rung); index > 0; index -= 1) {
    const from = ESCALATION_RUNGS[index - 1];
    climbs.unshift({ from, to: ESCALATION_RUNGS[index], at });
    at = plusDays(at, -stallDaysOf(from));
  }
  return { createdAt: at, climbs };
};

// Vastlopers use every kind; a running doorbraak (LOPEND) is planned like an OPEN vastloper.
export type ItemScenario =
  // Open at `rung` since `daysAtRung` days; with `progressDaysAgo`, a progress note restarted the clock.
  | { readonly kind: 'OPEN'; readonly rung: EscalationRung; readonly daysAtRung: number; readonly progressDaysAgo?: number }
  | {
      readonly kind: 'IN_BEHANDELING';
      readonly rung: EscalationRung;
      readonly daysAtRung: number;
      readonly acknowledgedAfterDays: number;
    }
  | {
      readonly kind: 'GEPARKEERD';
      readonly rung: EscalationRung;
      readonly daysAtRung: number;
      readonly parkedDaysAgo: number;
      readonly parkedForDays: number;
    }
  | { readonly kind: 'OPGELOST'; readonly rung: EscalationRung; readonly daysAtRung: number; readonly resolvedDaysAgo: number }
  | {
      readonly kind: 'INGETROKKEN';
      readonly rung: EscalationRung;
      readonly daysAtRung: number;
      readonly withdrawnDaysAgo: number;
    };

export type ItemTimeline = {
  readonly status: VastloperStatus;
  readonly rung: EscalationRung;
  readonly createdAt: Date;
  readonly rungEnteredAt: Date;
  readonly lastProgressAt: Date;
  readonly nextEscalationAt: Date | null;
  readonly earlyWarningAt: Date | null;
  readonly climbs: readonly Climb[];
  // A progress note, acknowledgement, parking, resolution or withdrawal: the last real progress.
  readonly progressAt: Date | null;
  readonly parkedUntil: Date | null;
};

// `hour` keeps demo events in office hours (Amsterdam time).
export const planTimeline = (now: Date, scenario: ItemScenario, hour: number): ItemTimeline => {
  const endDaysAgo =
    scenario.kind === 'GEPARKEERD'
      ? scenario.parkedDaysAgo
      : scenario.kind === 'OPGELOST'
        ? scenario.resolvedDaysAgo
        : scenario.kind === 'INGETROKKEN'
          ? scenario.withdrawnDaysAgo
          : 0;
  const rungEnteredAt = daysBefore(now, endDaysAgo + scenario.daysAtRung, hour);
  const { createdAt, climbs } = climbsUpTo(scenario.rung, rungEnteredAt);
  const base = { rung: scenario.rung, createdAt, rungEnteredAt, climbs };
  switch (scenario.kind) {
    case 'OPEN': {
      const progressAt =
        scenario.progressDaysAgo === undefined ? null : daysBefore(now, scenario.progressDaysAgo, Math.min(hour + 2, 17));
      const lastProgressAt = progressAt ?? createdAt;
      return {
        ...base,
        status: 'OPEN',
        lastProgressAt,
        progressAt,
        parkedUntil: null,
        ...stallClock(scenario.rung, rungEnteredAt, lastProgressAt),
      };
    }
    case 'IN_BEHANDELING': {
      const progressAt = plusDays(rungEnteredAt, scenario.acknowledgedAfterDays);
      return {
        ...base,
        status: 'IN_BEHANDELING',
        lastProgressAt: progressAt,
        progressAt,
        parkedUntil: null,
        ...stallClock(scenario.rung, rungEnteredAt, progressAt),
      };
    }
    case 'GEPARKEERD': {
      const progressAt = daysBefore(now, scenario.parkedDaysAgo, hour);
      // The clock stops while parked; the sweep resumes it when the item is picked up again.
      return {
        ...base,
        status: 'GEPARKEERD',
        lastProgressAt: progressAt,
        progressAt,
        parkedUntil: daysBefore(now, -scenario.parkedForDays, 9),
        nextEscalationAt: null,
        earlyWarningAt: null,
      };
    }
    case 'OPGELOST':
    case 'INGETROKKEN': {
      const progressAt = daysBefore(now, endDaysAgo, Math.min(hour + 3, 17));
      return {
        ...base,
        status: scenario.kind,
        lastProgressAt: progressAt,
        progressAt,
        parkedUntil: null,
        nextEscalationAt: null,
        earlyWarningAt: null,
      };
    }
  }
};
