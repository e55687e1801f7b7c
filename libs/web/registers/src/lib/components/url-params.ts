import { TIME_ZONE } from '@doorbraak/web-ui';
import { DateTime } from 'luxon';

// Filters live in the URL under Dutch names, so reload and back/forward keep them.
export const setParams = (params: URLSearchParams, values: Record<string, string | null>): URLSearchParams => {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(values)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A day in the URL (YYYY-MM-DD), or null when it is missing or no real date. */
export const dayParam = (params: URLSearchParams, name: string): string | null => {
  const value = params.get(name);
  return value && ISO_DATE.test(value) && DateTime.fromISO(value, { zone: TIME_ZONE }).isValid ? value : null;
};

/** The first or last moment of a day in Amsterdam, as an ISO instant for the API. */
export const dayStart = (day: string): string => DateTime.fromISO(day, { zone: TIME_ZONE }).startOf('day').toUTC().toISO() ?? '';
export const dayEnd = (day: string): string => DateTime.fromISO(day, { zone: TIME_ZONE }).endOf('day').toUTC().toISO() ?? '';

/** Today in Amsterdam (YYYY-MM-DD), the day review and due dates are compared with. */
export const amsterdamToday = (now: Date = new Date()): string => DateTime.fromJSDate(now).setZone(TIME_ZONE).toISODate() ?? '';
