import { easterSunday } from './easter';
import { epochDayOf, isoDateOf, isoWeekdayOf, type EpochDay } from './local-date';

// Bevrijdingsdag (5 May) is a day off every year for some employers, only every fifth year for others.
export const BEVRIJDINGSDAG_RULES = ['EVERY_YEAR', 'LUSTRUM'] as const;
export type BevrijdingsdagRule = (typeof BEVRIJDINGSDAG_RULES)[number];

export type CalendarSettings = { readonly bevrijdingsdag: BevrijdingsdagRule };

// The Algemene termijnenwet counts 5 May every year; an organisation on the lustrum rule sets LUSTRUM.
export const DEFAULT_CALENDAR: CalendarSettings = { bevrijdingsdag: 'EVERY_YEAR' };

export const DUTCH_HOLIDAYS = [
  'NIEUWJAARSDAG',
  'GOEDE_VRIJDAG',
  'EERSTE_PAASDAG',
  'TWEEDE_PAASDAG',
  'KONINGSDAG',
  'BEVRIJDINGSDAG',
  'HEMELVAARTSDAG',
  'EERSTE_PINKSTERDAG',
  'TWEEDE_PINKSTERDAG',
  'EERSTE_KERSTDAG',
  'TWEEDE_KERSTDAG',
] as const;
export type DutchHoliday = (typeof DUTCH_HOLIDAYS)[number];

export type Holiday = { readonly date: string; readonly holiday: DutchHoliday };

// Koningsdag is 27 April (the King's birthday), moved to the 26th when the 27th is a Sunday;
// until 2013 it was Koninginnedag, 30 April, moved to the 29th on a Sunday.
const koningsdag = (year: number): EpochDay => {
  const day = year >= 2014 ? 27 : 30;
  const date = epochDayOf(year, 4, day);
  return isoWeekdayOf(date) === 7 ? date - 1 : date;
};

const holidayDays = (year: number, settings: CalendarSettings): [EpochDay, DutchHoliday][] => {
  const easter = easterSunday(year);
  const days: [EpochDay, DutchHoliday][] = [
    [epochDayOf(year, 1, 1), 'NIEUWJAARSDAG'],
    [easter - 2, 'GOEDE_VRIJDAG'],
    [easter, 'EERSTE_PAASDAG'],
    [easter + 1, 'TWEEDE_PAASDAG'],
    [koningsdag(year), 'KONINGSDAG'],
    [easter + 39, 'HEMELVAARTSDAG'],
    [easter + 49, 'EERSTE_PINKSTERDAG'],
    [easter + 50, 'TWEEDE_PINKSTERDAG'],
    [epochDayOf(year, 12, 25), 'EERSTE_KERSTDAG'],
    [epochDayOf(year, 12, 26), 'TWEEDE_KERSTDAG'],
  ];
  if (settings.bevrijdingsdag === 'EVERY_YEAR' || year % 5 === 0) {
    days.push([epochDayOf(year, 5, 5), 'BEVRIJDINGSDAG']);
  }
  return days.sort((left, right) => left[0] - right[0]);
};

export const dutchHolidays = (year: number, settings: CalendarSettings = DEFAULT_CALENDAR): Holiday[] =>
  holidayDays(year, settings).map(([day, holiday]) => ({ date: isoDateOf(day), holiday }));

// Computed once per year and rule: the stall clock asks for every day it steps over.
const cache = new Map<string, ReadonlySet<EpochDay>>();

export const isDutchHoliday = (day: EpochDay, year: number, settings: CalendarSettings): boolean => {
  const key = `${year}:${settings.bevrijdingsdag}`;
  let days = cache.get(key);
  if (!days) {
    days = new Set(holidayDays(year, settings).map(([epochDay]) => epochDay));
    cache.set(key, days);
  }
  return days.has(day);
};
