import { isDutchHoliday, DEFAULT_CALENDAR, type CalendarSettings } from './dutch-holidays';
import { amsterdamInstant, amsterdamPosition, dateOfEpochDay, epochDayOf, isoWeekdayOf, type EpochDay } from './local-date';

const isWorkingEpochDay = (day: EpochDay, settings: CalendarSettings): boolean =>
  isoWeekdayOf(day) <= 5 && !isDutchHoliday(day, dateOfEpochDay(day).year, settings);

// Monday to Friday, except the Dutch public holidays. `date` is an ISO date (YYYY-MM-DD).
export const isWorkingDay = (date: string, settings: CalendarSettings = DEFAULT_CALENDAR): boolean => {
  const [year, month, day] = date.split('-').map(Number);
  return isWorkingEpochDay(epochDayOf(year, month, day), settings);
};

// Working time runs only on working days: `days` may be fractional (80% of a stall time), and a
// whole number of days from a working day lands at the same wall-clock time, `days` working days on.
// Started on a weekend or holiday, the clock starts at the next working day's midnight.
export const addWorkingDays = (from: Date, days: number, settings: CalendarSettings = DEFAULT_CALENDAR): Date => {
  if (!(days >= 0) || !Number.isFinite(days)) {
    throw new RangeError(`cannot add ${days} working days`);
  }
  if (days === 0) {
    return from;
  }
  let { epochDay, fraction } = amsterdamPosition(from);
  let remaining = days;
  // Every week has working days, so the loop ends.
  for (;;) {
    if (isWorkingEpochDay(epochDay, settings)) {
      const available = 1 - fraction;
      if (remaining <= available) {
        return amsterdamInstant(epochDay, fraction + remaining);
      }
      remaining -= available;
    }
    epochDay += 1;
    fraction = 0;
  }
};

// Whole working days from one date to a later one: the days after `from` up to and including `to`.
export const workingDaysBetween = (from: string, to: string, settings: CalendarSettings = DEFAULT_CALENDAR): number => {
  const toEpoch = (date: string): EpochDay => {
    const [year, month, day] = date.split('-').map(Number);
    return epochDayOf(year, month, day);
  };
  let count = 0;
  for (let day = toEpoch(from) + 1; day <= toEpoch(to); day += 1) {
    if (isWorkingEpochDay(day, settings)) {
      count += 1;
    }
  }
  return count;
};
