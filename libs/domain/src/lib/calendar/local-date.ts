import { DateTime } from 'luxon';
import { AMSTERDAM_ZONE } from './amsterdam-zone';

// Every date rule of the product runs on Dutch wall-clock time.
export const TIME_ZONE = 'Europe/Amsterdam';

const DAY_MS = 86_400_000;

// A calendar date as whole days since 1970-01-01: cheap to step through and compare.
export type EpochDay = number;

export const epochDayOf = (year: number, month: number, day: number): EpochDay => Date.UTC(year, month - 1, day) / DAY_MS;

export const dateOfEpochDay = (epochDay: EpochDay): { year: number; month: number; day: number } => {
  const date = new Date(epochDay * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

export const isoDateOf = (epochDay: EpochDay): string => new Date(epochDay * DAY_MS).toISOString().slice(0, 10);

// ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
export const isoWeekdayOf = (epochDay: EpochDay): number => ((((epochDay + 3) % 7) + 7) % 7) + 1;

// Where an instant falls in Amsterdam: the date, and how far through that day the wall clock is (0 ≤ f < 1).
export const amsterdamPosition = (instant: Date): { epochDay: EpochDay; fraction: number } => {
  const local = DateTime.fromMillis(instant.getTime(), { zone: AMSTERDAM_ZONE });
  const msOfDay = ((local.hour * 60 + local.minute) * 60 + local.second) * 1000 + local.millisecond;
  return { epochDay: epochDayOf(local.year, local.month, local.day), fraction: msOfDay / DAY_MS };
};

// The instant at which Amsterdam clocks show that fraction of that day (a time skipped by DST moves forward).
export const amsterdamInstant = (epochDay: EpochDay, fraction: number): Date => {
  const { year, month, day } = dateOfEpochDay(epochDay);
  const msOfDay = Math.round(fraction * DAY_MS);
  const local = DateTime.fromObject(
    {
      year,
      month,
      day,
      hour: Math.floor(msOfDay / 3_600_000),
      minute: Math.floor(msOfDay / 60_000) % 60,
      second: Math.floor(msOfDay / 1000) % 60,
      millisecond: msOfDay % 1000,
    },
    { zone: AMSTERDAM_ZONE },
  );
  return local.toJSDate();
};

export const amsterdamDateOf = (instant: Date): string => isoDateOf(amsterdamPosition(instant).epochDay);

const DUTCH_DATE_TIME = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' });

// "23 maart 2026 om 09:00", as people in the programme read a date.
export const formatDutchDateTime = (instant: Date): string => DUTCH_DATE_TIME.format(instant);
