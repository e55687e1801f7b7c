import { addIsoDuration, isIsoDuration, isoDurationMillis } from './iso-duration';
import { amsterdamDateOf, isoWeekdayOf, epochDayOf } from './local-date';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';

// Amsterdam wall-clock time to an instant: +01:00 in winter, +02:00 in summer.
const at = (iso: string): Date => new Date(iso);

describe('working days (Monday–Friday without Dutch public holidays, in Amsterdam time)', () => {
  it('knows weekends and holidays are not working days', () => {
    expect(isWorkingDay('2026-03-02')).toBe(true);
    expect(isWorkingDay('2026-03-07')).toBe(false);
    expect(isWorkingDay('2026-03-08')).toBe(false);
    expect(isWorkingDay('2026-12-25')).toBe(false);
    expect(isWorkingDay('2026-12-28')).toBe(true);
    expect(isWorkingDay('2026-05-05', { bevrijdingsdag: 'LUSTRUM' })).toBe(true);
    expect(isWorkingDay('2026-05-05', { bevrijdingsdag: 'EVERY_YEAR' })).toBe(false);
  });

  it('adds whole working days at the same wall-clock time', () => {
    // 15 working days from Monday 2 March 2026 09:00 is Monday 23 March 09:00.
    expect(addWorkingDays(at('2026-03-02T09:00:00+01:00'), 15)).toEqual(at('2026-03-23T09:00:00+01:00'));
    expect(addWorkingDays(at('2026-03-02T09:00:00+01:00'), 1)).toEqual(at('2026-03-03T09:00:00+01:00'));
  });

  it('steps over Goede Vrijdag, the weekend and Easter Monday', () => {
    // Thursday 2 April 2026 → Tuesday 7 April; the clocks changed to summer time on 29 March.
    expect(addWorkingDays(at('2026-04-02T10:00:00+02:00'), 1)).toEqual(at('2026-04-07T10:00:00+02:00'));
    expect(workingDaysBetween('2026-03-27', '2026-04-10')).toBe(8);
  });

  it('steps over Koningsdag on a Monday, and loses nothing when it falls on a Saturday', () => {
    expect(addWorkingDays(at('2026-04-24T10:00:00+02:00'), 1)).toEqual(at('2026-04-28T10:00:00+02:00'));
    expect(addWorkingDays(at('2025-04-25T10:00:00+02:00'), 1)).toEqual(at('2025-04-28T10:00:00+02:00'));
  });

  it('steps over Hemelvaartsdag and Pinksteren', () => {
    expect(addWorkingDays(at('2026-05-13T10:00:00+02:00'), 1)).toEqual(at('2026-05-15T10:00:00+02:00'));
    expect(addWorkingDays(at('2026-05-22T10:00:00+02:00'), 1)).toEqual(at('2026-05-26T10:00:00+02:00'));
  });

  it('treats Bevrijdingsdag as configured', () => {
    const monday = at('2026-05-04T10:00:00+02:00');
    expect(addWorkingDays(monday, 1, { bevrijdingsdag: 'EVERY_YEAR' })).toEqual(at('2026-05-06T10:00:00+02:00'));
    expect(addWorkingDays(monday, 1, { bevrijdingsdag: 'LUSTRUM' })).toEqual(at('2026-05-05T10:00:00+02:00'));
  });

  it('keeps the wall-clock time across the change to summer time', () => {
    expect(addWorkingDays(at('2026-03-27T10:00:00+01:00'), 1)).toEqual(at('2026-03-30T10:00:00+02:00'));
  });

  it('starts a clock set on a weekend at the next working day', () => {
    expect(addWorkingDays(at('2026-03-07T15:00:00+01:00'), 1)).toEqual(at('2026-03-10T00:00:00+01:00'));
  });

  it('adds fractions of working days, for the early warning at 80%', () => {
    expect(addWorkingDays(at('2026-03-02T09:00:00+01:00'), 12)).toEqual(at('2026-03-18T09:00:00+01:00'));
    expect(addWorkingDays(at('2026-03-06T12:00:00+01:00'), 0.5)).toEqual(at('2026-03-07T00:00:00+01:00'));
    expect(addWorkingDays(at('2026-03-02T00:00:00+01:00'), 0.8)).toEqual(at('2026-03-02T19:12:00+01:00'));
  });

  it('adds nothing for zero and refuses a negative number', () => {
    const instant = at('2026-03-07T15:00:00+01:00');
    expect(addWorkingDays(instant, 0)).toBe(instant);
    expect(() => addWorkingDays(instant, -1)).toThrow(RangeError);
    expect(() => addWorkingDays(instant, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('gives the Amsterdam date of an instant and the ISO weekday', () => {
    expect(amsterdamDateOf(at('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(isoWeekdayOf(epochDayOf(1970, 1, 1))).toBe(4);
    expect(isoWeekdayOf(epochDayOf(1969, 12, 28))).toBe(7);
  });
});

describe('ISO-8601 durations', () => {
  it('accepts positive durations and refuses everything else', () => {
    expect(['PT30S', 'PT1M', 'P1D', 'P1Y2M', 'P2W', 'PT0.5S'].every(isIsoDuration)).toBe(true);
    expect(['P', 'PT', '1 minute', 'PT0S', '-PT1S', 'P1DT', '', 'pt1m'].some(isIsoDuration)).toBe(false);
  });

  it('adds calendar days in Amsterdam time, so P1D over the change to summer time is 23 hours', () => {
    expect(addIsoDuration(at('2026-03-28T12:00:00+01:00'), 'P1D')).toEqual(at('2026-03-29T12:00:00+02:00'));
    expect(addIsoDuration(at('2026-03-28T12:00:00+01:00'), 'PT30S')).toEqual(at('2026-03-28T12:00:30+01:00'));
  });

  it('gives the length of a sweep interval in milliseconds, and refuses nonsense', () => {
    expect(isoDurationMillis('PT1M')).toBe(60_000);
    expect(() => isoDurationMillis('soon')).toThrow(RangeError);
    expect(() => addIsoDuration(new Date(), 'PT0S')).toThrow(RangeError);
  });
});
