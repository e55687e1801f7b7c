import { listOf, longMonth, shortMonth } from './months';

describe('dashboard month and list formats', () => {
  it('writes months the Dutch way, and the English way on request', () => {
    expect(shortMonth('2026-01')).toBe('jan 2026');
    expect(shortMonth('2026-05', 'en')).toBe('May 2026');
    expect(longMonth('2026-03')).toBe('maart 2026');
    expect(longMonth('2026-12', 'en')).toBe('December 2026');
  });

  it('joins a list with "en"', () => {
    expect(listOf(['3 bij het programmabureau', '2 bij de alliantietafel', '1 bij het doorbraakoverleg'])).toBe(
      '3 bij het programmabureau, 2 bij de alliantietafel en 1 bij het doorbraakoverleg',
    );
  });
});
