import { amsterdamInstant, amsterdamParts, dutchDate, parseDutchDate, parseTime, typedInstant } from './amsterdam-time';

describe('Amsterdam wall-clock times', () => {
  it('turns a date and time into an instant with the offset of that day', () => {
    expect(amsterdamInstant('2027-02-11', '14:00')).toBe('2027-02-11T14:00:00.000+01:00');
    expect(amsterdamInstant('2027-07-01', '09:30')).toBe('2027-07-01T09:30:00.000+02:00');
  });

  it('refuses a time the clocks skip, and malformed input', () => {
    expect(amsterdamInstant('2027-03-28', '02:30')).toBeNull();
    expect(amsterdamInstant('11-02-2027', '14:00')).toBeNull();
    expect(amsterdamInstant('2027-02-30', '14:00')).toBeNull();
    expect(amsterdamInstant('2027-02-11', '')).toBeNull();
  });

  it('splits an instant into the Amsterdam date and time', () => {
    expect(amsterdamParts('2027-06-30T22:30:00Z')).toEqual({ date: '2027-07-01', time: '00:30' });
  });
});

describe('dates and times typed the Dutch way', () => {
  it('reads day-month-year with dashes, slashes or dots, and refuses what is no date', () => {
    expect(parseDutchDate('20-03-2027')).toBe('2027-03-20');
    expect(parseDutchDate(' 5/4/2027 ')).toBe('2027-04-05');
    expect(parseDutchDate('5.4.2027')).toBe('2027-04-05');
    expect(parseDutchDate('31-02-2027')).toBeNull();
    expect(parseDutchDate('2027-03-20')).toBeNull();
    expect(dutchDate('2027-04-05')).toBe('05-04-2027');
  });

  it('reads a 24-hour time with a colon or a dot', () => {
    expect(parseTime('9:30')).toBe('09:30');
    expect(parseTime('14.00')).toBe('14:00');
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('2 uur')).toBeNull();
    expect(typedInstant('11-02-2027', '14:00')).toBe('2027-02-11T14:00:00.000+01:00');
  });
});
