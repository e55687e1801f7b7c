import { addDays, amsterdamDateOf, amsterdamOffsetMinutes, atAmsterdamTime, isoWeekday, toIsoDate } from './amsterdam-time';

describe('Amsterdam time', () => {
  it('puts 14:00 in winter at 13:00 UTC (CET)', () => {
    expect(atAmsterdamTime({ year: 2026, month: 1, day: 15 }, 14).toISOString()).toBe('2026-01-15T13:00:00.000Z');
  });

  it('puts 14:00 in summer at 12:00 UTC (CEST)', () => {
    expect(atAmsterdamTime({ year: 2026, month: 7, day: 15 }, 14).toISOString()).toBe('2026-07-15T12:00:00.000Z');
  });

  it('keeps 14:00 right on the days the clocks change', () => {
    expect(atAmsterdamTime({ year: 2026, month: 3, day: 29 }, 14).toISOString()).toBe('2026-03-29T12:00:00.000Z');
    expect(atAmsterdamTime({ year: 2026, month: 10, day: 25 }, 14).toISOString()).toBe('2026-10-25T13:00:00.000Z');
  });

  it('knows the offset on either side of the spring switch', () => {
    expect(amsterdamOffsetMinutes(new Date('2026-03-29T00:59:00Z'))).toBe(60);
    expect(amsterdamOffsetMinutes(new Date('2026-03-29T01:00:00Z'))).toBe(120);
  });

  it('reads the Amsterdam date of an instant late in the UTC evening', () => {
    expect(amsterdamDateOf(new Date('2026-06-30T22:30:00Z'))).toEqual({ year: 2026, month: 7, day: 1 });
  });

  it('adds days across a month end and names the ISO weekday', () => {
    const date = addDays({ year: 2026, month: 2, day: 27 }, 3);
    expect(toIsoDate(date)).toBe('2026-03-02');
    expect(isoWeekday(date)).toBe(1);
    expect(isoWeekday({ year: 2026, month: 3, day: 1 })).toBe(7);
  });
});
