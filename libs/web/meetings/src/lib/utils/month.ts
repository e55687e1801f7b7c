import { DateTime } from 'luxon';
import { TIME_ZONE } from '@doorbraak/web-ui';

// The month calendar: a month is "YYYY-MM" in the URL; weeks run Monday to Sunday (the Dutch week).

export type CalendarDay = { date: string; inMonth: boolean };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string | null): value is string => value !== null && MONTH.test(value);

export const monthOf = (date: string): string => date.slice(0, 7);

export const shiftMonth = (month: string, by: number): string =>
  DateTime.fromISO(`${month}-01`, { zone: TIME_ZONE }).plus({ months: by }).toFormat('yyyy-MM');

const gridStart = (month: string): DateTime => DateTime.fromISO(`${month}-01`, { zone: TIME_ZONE }).startOf('week');

const gridEnd = (month: string): DateTime => DateTime.fromISO(`${month}-01`, { zone: TIME_ZONE }).endOf('month').endOf('week');

/** The weeks shown for a month, from the Monday on or before the 1st to the Sunday on or after the last day. */
export const monthWeeks = (month: string): CalendarDay[][] => {
  const weeks: CalendarDay[][] = [];
  const end = gridEnd(month);
  for (let day = gridStart(month); day <= end; day = day.plus({ weeks: 1 })) {
    weeks.push(
      Array.from({ length: 7 }, (_, index) => {
        const date = day.plus({ days: index }).toFormat('yyyy-MM-dd');
        return { date, inMonth: monthOf(date) === month };
      }),
    );
  }
  return weeks;
};

/** The instants that bound the shown weeks, for the meetings query. */
export const monthWindow = (month: string): { from: string; to: string } => ({
  from: gridStart(month).toISO() as string,
  to: gridEnd(month).toISO() as string,
});

/** "maart 2027" (nl) or "March 2027" (en). */
export const monthTitle = (month: string, locale: string): string =>
  DateTime.fromISO(`${month}-01`, { zone: TIME_ZONE }).setLocale(locale).toFormat('LLLL yyyy');

/** The Amsterdam date (YYYY-MM-DD) of an instant. */
export const dateOf = (iso: string): string => DateTime.fromISO(iso, { zone: TIME_ZONE }).toFormat('yyyy-MM-dd');

/** Weekday names, Monday first: long ("maandag") and short ("ma"). */
export const weekdayNames = (locale: string): { long: string; short: string }[] =>
  Array.from({ length: 7 }, (_, index) => {
    const day = DateTime.fromISO('2027-03-01', { zone: TIME_ZONE }).plus({ days: index }).setLocale(locale);
    return { long: day.toFormat('cccc'), short: day.toFormat('ccc') };
  });

/** "maandag 1 maart 2027" for a date. */
export const longDate = (date: string, locale: string): string =>
  DateTime.fromISO(date, { zone: TIME_ZONE }).setLocale(locale).toFormat('cccc d LLLL yyyy');
