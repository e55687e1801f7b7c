import { DateTime, Duration } from 'luxon';
import { AMSTERDAM_ZONE } from './amsterdam-zone';

const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

// A positive ISO-8601 duration such as "P3D" or "PT30S" (no negative or empty parts).
export const isIsoDuration = (text: string): boolean => {
  if (!ISO_DURATION.test(text)) {
    return false;
  }
  const duration = Duration.fromISO(text);
  return duration.isValid && duration.toMillis() > 0;
};

const parse = (text: string): Duration => {
  if (!isIsoDuration(text)) {
    throw new RangeError(`"${text}" is not a positive ISO-8601 duration`);
  }
  return Duration.fromISO(text);
};

// Calendar units follow Amsterdam wall-clock time: "P1D" over a DST change is still "same time tomorrow".
export const addIsoDuration = (from: Date, duration: string): Date =>
  DateTime.fromMillis(from.getTime(), { zone: AMSTERDAM_ZONE }).plus(parse(duration)).toJSDate();

// Milliseconds for time-only durations (sweep intervals); calendar units use their nominal length.
export const isoDurationMillis = (duration: string): number => parse(duration).toMillis();
