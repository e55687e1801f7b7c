import { amsterdamInstant, amsterdamParts } from './amsterdam-time';

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
