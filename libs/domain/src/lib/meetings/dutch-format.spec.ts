import { formatDutchDate, formatDutchDayAndTime, formatDutchTime } from './dutch-format';

describe('dates for people', () => {
  it('are written in Dutch in Amsterdam time', () => {
    expect(formatDutchDayAndTime(new Date('2026-04-02T12:00:00Z'))).toBe('donderdag 2 april 2026 om 14:00');
    expect(formatDutchDayAndTime(new Date('2026-12-03T13:00:00Z'))).toBe('donderdag 3 december 2026 om 14:00');
    expect(formatDutchTime(new Date('2026-12-03T13:05:00Z'))).toBe('14:05');
  });

  it('show a date from an ISO date or an instant', () => {
    expect(formatDutchDate('2026-07-01')).toBe('1 juli 2026');
    expect(formatDutchDate(new Date('2026-03-14T23:30:00Z'))).toBe('15 maart 2026');
  });
});
