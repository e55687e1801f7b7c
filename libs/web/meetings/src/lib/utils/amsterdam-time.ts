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
