import { DateTime } from 'luxon';
import { TIME_ZONE } from '@doorbraak/web-ui';

// Meetings are planned on the Amsterdam wall clock, whatever the browser's time zone.

/** The Amsterdam date (YYYY-MM-DD) and time (HH:mm) of an instant, for date and time inputs. */
export const amsterdamParts = (iso: string): { date: string; time: string } => {
  const local = DateTime.fromISO(iso, { zone: TIME_ZONE });
  return { date: local.toFormat('yyyy-MM-dd'), time: local.toFormat('HH:mm') };
};

/** An Amsterdam date and time as an instant with its offset (2027-03-01T14:00:00.000+01:00), or null when invalid. */
export const amsterdamInstant = (date: string, time: string): string | null => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) {
    return null;
  }
  const local = DateTime.fromISO(`${date}T${time}`, { zone: TIME_ZONE });
  // A time that does not exist on the wall clock (the hour skipped in spring) moves; refuse it.
  return local.isValid && local.toFormat('yyyy-MM-dd HH:mm') === `${date} ${time}` ? local.toISO() : null;
};

/** Today in Amsterdam (YYYY-MM-DD). */
export const amsterdamToday = (now: Date = new Date()): string => DateTime.fromJSDate(now, { zone: TIME_ZONE }).toFormat('yyyy-MM-dd');

/** The start of an Amsterdam day as an instant. */
export const startOfAmsterdamDay = (date: string): string => DateTime.fromISO(date, { zone: TIME_ZONE }).startOf('day').toISO() as string;

/** "14:00" in Amsterdam time. */
export const amsterdamTime = (iso: string): string => DateTime.fromISO(iso, { zone: TIME_ZONE }).toFormat('HH:mm');

// Dates and times are typed the Dutch way, whatever the browser's language: 20-03-2027 and 14:00.

/** "20-3-2027", "20/03/2027" or "20.03.2027" -> "2027-03-20"; null when it is no real date. */
export const parseDutchDate = (text: string): string | null => {
  const match = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const date = DateTime.fromObject({ year: Number(match[3]), month: Number(match[2]), day: Number(match[1]) }, { zone: TIME_ZONE });
  return date.isValid ? date.toFormat('yyyy-MM-dd') : null;
};

/** "2027-03-20" -> "20-03-2027". */
export const dutchDate = (isoDate: string): string => `${isoDate.slice(8, 10)}-${isoDate.slice(5, 7)}-${isoDate.slice(0, 4)}`;

/** "9:30", "09.30" or "14:00" -> "09:30" / "14:00"; null when it is no time of day. */
export const parseTime = (text: string): string | null => {
  const match = /^\s*([01]?\d|2[0-3])[:.]([0-5]\d)\s*$/.exec(text);
  return match ? `${match[1].padStart(2, '0')}:${match[2]}` : null;
};

/** A Dutch date and time as typed -> an instant with its offset, or null. */
export const typedInstant = (date: string, time: string): string | null => {
  const isoDate = parseDutchDate(date);
  const clock = parseTime(time);
  return isoDate && clock ? amsterdamInstant(isoDate, clock) : null;
};
