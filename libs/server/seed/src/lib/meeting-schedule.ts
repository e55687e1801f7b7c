import { addDays, amsterdamDateOf, atAmsterdamTime, isoWeekday, type LocalDate } from './amsterdam-time';
import { stableHash } from './stable-hash';

// Meetings start at 14:00 Amsterdam time, whatever the season.
export const MEETING_HOUR = 14;
export const PAST_ALLIANCE_MEETINGS = 4;
export const UPCOMING_ALLIANCE_MEETINGS = 3;

const nextWeekdayFrom = (date: LocalDate, weekday: number): LocalDate => {
  let day = date;
  while (isoWeekday(day) !== weekday) {
    day = addDays(day, 1);
  }
  return day;
};

export type AllianceMeetingDates = {
  // Oldest first; the last one is the most recent meeting.
  readonly past: readonly Date[];
  // Soonest first; the first one is "the next meeting that has not been held".
  readonly upcoming: readonly Date[];
};

// Each alliance meets on its own weekday (Monday–Thursday) and at its own point in the cycle,
// so the demo has meetings spread over the weeks rather than all on one day.
export const allianceMeetingDates = (
  now: Date,
  alliance: { readonly slug: string; readonly order: number },
  cadenceWeeks: number,
): AllianceMeetingDates => {
  const cycleDays = cadenceWeeks * 7;
  const weekday = 1 + (alliance.order % 4);
  const offset = stableHash(alliance.slug) % Math.max(1, cycleDays - 7);
  const next = nextWeekdayFrom(addDays(amsterdamDateOf(now), 1 + offset), weekday);
  const at = (cycles: number): Date => atAmsterdamTime(addDays(next, cycles * cycleDays), MEETING_HOUR);
  return {
    past: Array.from({ length: PAST_ALLIANCE_MEETINGS }, (_, index) => at(index - PAST_ALLIANCE_MEETINGS)),
    upcoming: Array.from({ length: UPCOMING_ALLIANCE_MEETINGS }, (_, index) => at(index)),
  };
};

export const NATIONAL_INTERVAL_WEEKS = 8;

// The doorbraakoverleg meets on Thursdays: the last one about three weeks ago, the next about five weeks ahead.
export const nationalMeetingDates = (now: Date): { readonly held: Date; readonly next: Date } => {
  let day = addDays(amsterdamDateOf(now), -21);
  while (isoWeekday(day) !== 4) {
    day = addDays(day, -1);
  }
  return {
    held: atAmsterdamTime(day, MEETING_HOUR),
    next: atAmsterdamTime(addDays(day, NATIONAL_INTERVAL_WEEKS * 7), MEETING_HOUR),
  };
};
