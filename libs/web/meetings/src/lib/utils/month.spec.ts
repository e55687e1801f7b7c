import { isMonth, monthTitle, monthWeeks, monthWindow, shiftMonth, weekdayNames } from './month';

describe('the month calendar', () => {
  it('shows whole weeks from Monday, with the days of other months marked', () => {
    // March 2027 starts on a Monday and ends on a Wednesday.
    const weeks = monthWeeks('2027-03');
    expect(weeks).toHaveLength(5);
    expect(weeks[0][0]).toEqual({ date: '2027-03-01', inMonth: true });
    expect(weeks[4][6]).toEqual({ date: '2027-04-04', inMonth: false });
    // February 2026 starts on a Sunday: the grid begins on Monday 26 January.
    expect(monthWeeks('2026-02')[0][0]).toEqual({ date: '2026-01-26', inMonth: false });
  });

  it('bounds the query by Amsterdam days, across the change to summer time', () => {
    expect(monthWindow('2027-03')).toEqual({ from: '2027-03-01T00:00:00.000+01:00', to: '2027-04-04T23:59:59.999+02:00' });
  });

  it('moves between months over the turn of the year', () => {
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
  });

  it('accepts only a real month from the URL', () => {
    expect(isMonth('2027-03')).toBe(true);
    expect(isMonth('2027-13')).toBe(false);
    expect(isMonth('maart')).toBe(false);
    expect(isMonth(null)).toBe(false);
  });

  it('names months and weekdays in Dutch', () => {
    expect(monthTitle('2027-03', 'nl-NL')).toBe('maart 2027');
    expect(weekdayNames('nl-NL')[0]).toEqual({ long: 'maandag', short: 'ma' });
  });
});
