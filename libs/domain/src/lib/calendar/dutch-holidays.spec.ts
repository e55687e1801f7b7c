import { dutchHolidays, isDutchHoliday } from './dutch-holidays';
import { easterDate } from './easter';
import { epochDayOf } from './local-date';

describe('the Dutch public holidays', () => {
  it('computes Easter Sunday from the year, including the earliest and latest possible dates', () => {
    expect(easterDate(2024)).toBe('2024-03-31');
    expect(easterDate(2025)).toBe('2025-04-20');
    expect(easterDate(2026)).toBe('2026-04-05');
    expect(easterDate(2027)).toBe('2027-03-28');
    expect(easterDate(2000)).toBe('2000-04-23');
    expect(easterDate(1818)).toBe('1818-03-22');
    expect(easterDate(2038)).toBe('2038-04-25');
  });

  it('lists the holidays of 2026 in date order, derived from Easter on 5 April', () => {
    expect(dutchHolidays(2026, { bevrijdingsdag: 'EVERY_YEAR' })).toEqual([
      { date: '2026-01-01', holiday: 'NIEUWJAARSDAG' },
      { date: '2026-04-03', holiday: 'GOEDE_VRIJDAG' },
      { date: '2026-04-05', holiday: 'EERSTE_PAASDAG' },
      { date: '2026-04-06', holiday: 'TWEEDE_PAASDAG' },
      { date: '2026-04-27', holiday: 'KONINGSDAG' },
      { date: '2026-05-05', holiday: 'BEVRIJDINGSDAG' },
      { date: '2026-05-14', holiday: 'HEMELVAARTSDAG' },
      { date: '2026-05-24', holiday: 'EERSTE_PINKSTERDAG' },
      { date: '2026-05-25', holiday: 'TWEEDE_PINKSTERDAG' },
      { date: '2026-12-25', holiday: 'EERSTE_KERSTDAG' },
      { date: '2026-12-26', holiday: 'TWEEDE_KERSTDAG' },
    ]);
  });

  it('moves Koningsdag to the 26th when 27 April is a Sunday', () => {
    const koningsdag = (year: number) => dutchHolidays(year).find((entry) => entry.holiday === 'KONINGSDAG')?.date;
    expect(koningsdag(2025)).toBe('2025-04-26');
    expect(koningsdag(2014)).toBe('2014-04-26');
    expect(koningsdag(2026)).toBe('2026-04-27');
  });

  it('keeps Koninginnedag on 30 April (29th on a Sunday) before 2014', () => {
    const koningsdag = (year: number) => dutchHolidays(year).find((entry) => entry.holiday === 'KONINGSDAG')?.date;
    expect(koningsdag(2013)).toBe('2013-04-30');
    expect(koningsdag(2006)).toBe('2006-04-29');
  });

  it('counts Bevrijdingsdag every year or only in lustrum years, as configured', () => {
    const has5May = (year: number, bevrijdingsdag: 'EVERY_YEAR' | 'LUSTRUM') =>
      dutchHolidays(year, { bevrijdingsdag }).some((entry) => entry.holiday === 'BEVRIJDINGSDAG');
    expect(has5May(2026, 'EVERY_YEAR')).toBe(true);
    expect(has5May(2026, 'LUSTRUM')).toBe(false);
    expect(has5May(2025, 'LUSTRUM')).toBe(true);
    expect(has5May(2030, 'LUSTRUM')).toBe(true);
    expect(dutchHolidays(2026)).toHaveLength(11);
  });

  it('answers for one day, per rule', () => {
    expect(isDutchHoliday(epochDayOf(2026, 5, 5), 2026, { bevrijdingsdag: 'EVERY_YEAR' })).toBe(true);
    expect(isDutchHoliday(epochDayOf(2026, 5, 5), 2026, { bevrijdingsdag: 'LUSTRUM' })).toBe(false);
    expect(isDutchHoliday(epochDayOf(2026, 5, 6), 2026, { bevrijdingsdag: 'EVERY_YEAR' })).toBe(false);
  });
});
