import { addWorkingDays } from '../calendar/working-days';
import { addIsoDuration, isIsoDuration, isoDurationMillis } from '../calendar/iso-duration';
import type { CalendarSettings } from '../calendar/dutch-holidays';
import type { EscalationRung, Ladder, StallTime } from '../ladder';

// DOMAIN §3 rule 6: the early warning goes out at 80% of the stall time.
export const EARLY_WARNING_SHARE = 0.8;

// Working days are whole and at most about two years; durations are positive ISO-8601 and at most two
// years too (a year counts 365 days): a clock that never runs out would let an item stall unseen.
export const MAX_STALL_WORKING_DAYS = 500;
export const MAX_STALL_DURATION = 'P2Y';

export const isValidStallTime = (stallTime: StallTime): boolean => {
  switch (stallTime.unit) {
    case 'WORKING_DAYS':
      return Number.isInteger(stallTime.workingDays) && stallTime.workingDays > 0 && stallTime.workingDays <= MAX_STALL_WORKING_DAYS;
    case 'DURATION':
      return isIsoDuration(stallTime.duration) && isoDurationMillis(stallTime.duration) <= isoDurationMillis(MAX_STALL_DURATION);
  }
};

export const stallTimeOf = (ladder: Ladder, rung: EscalationRung): StallTime => {
  const setting = ladder.find((candidate) => candidate.rung === rung);
  if (!setting) {
    throw new RangeError(`the ladder has no rung ${rung}`);
  }
  return setting.stallTime;
};

// When an item whose clock started at `from` has stalled.
export const stallDeadline = (from: Date, stallTime: StallTime, calendar: CalendarSettings): Date => {
  switch (stallTime.unit) {
    case 'WORKING_DAYS':
      return addWorkingDays(from, stallTime.workingDays, calendar);
    case 'DURATION':
      return addIsoDuration(from, stallTime.duration);
  }
};

export const earlyWarningTime = (from: Date, stallTime: StallTime, calendar: CalendarSettings): Date => {
  switch (stallTime.unit) {
    case 'WORKING_DAYS':
      return addWorkingDays(from, stallTime.workingDays * EARLY_WARNING_SHARE, calendar);
    case 'DURATION': {
      const deadline = addIsoDuration(from, stallTime.duration).getTime();
      return new Date(from.getTime() + Math.round((deadline - from.getTime()) * EARLY_WARNING_SHARE));
    }
  }
};

export const describeStallTime = (stallTime: StallTime): string => {
  switch (stallTime.unit) {
    case 'WORKING_DAYS':
      return stallTime.workingDays === 1 ? '1 werkdag' : `${stallTime.workingDays} werkdagen`;
    case 'DURATION':
      return stallTime.duration;
  }
};
