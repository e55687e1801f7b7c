import { amsterdamToday, dayEnd, dayParam, dayStart, setParams } from './url-params';

describe('register URL parameters', () => {
  it('sets and removes values, keeping the others', () => {
    const next = setParams(new URLSearchParams('zoek=jeugd&alliantie=a'), { alliantie: null, van: '2026-01-01' });
    expect(next.toString()).toBe('zoek=jeugd&van=2026-01-01');
  });

  it('reads a day only when it is a real date', () => {
    expect(dayParam(new URLSearchParams('van=2026-02-28'), 'van')).toBe('2026-02-28');
    expect(dayParam(new URLSearchParams('van=2026-02-30'), 'van')).toBeNull();
    expect(dayParam(new URLSearchParams('van=morgen'), 'van')).toBeNull();
    expect(dayParam(new URLSearchParams(''), 'van')).toBeNull();
  });

  it('turns a day into its first and last moment in Amsterdam, in winter and in summer', () => {
    expect(dayStart('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(dayEnd('2026-01-15')).toBe('2026-01-15T22:59:59.999Z');
    expect(dayStart('2026-07-15')).toBe('2026-07-14T22:00:00.000Z');
  });

  it('knows the Amsterdam day just after midnight there', () => {
    expect(amsterdamToday(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
  });
});
