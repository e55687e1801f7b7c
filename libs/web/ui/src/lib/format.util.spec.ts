import { formatNumber, toLocale } from './format.util';

describe('formatNumber', () => {
  it('groups thousands with dots in Dutch', () => {
    expect(formatNumber(1114833)).toBe('1.114.833');
    expect(formatNumber(200000, 'nl')).toBe('200.000');
  });

  it('uses a decimal comma in Dutch', () => {
    expect(formatNumber(1234.5, 'nl')).toBe('1.234,5');
  });

  it('leaves small numbers ungrouped', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(20)).toBe('20');
    expect(formatNumber(999)).toBe('999');
  });

  it('formats negative numbers', () => {
    expect(formatNumber(-1500)).toBe('-1.500');
  });

  it('groups with commas in English', () => {
    expect(formatNumber(1114833, 'en')).toBe('1,114,833');
  });

  it('falls back to Dutch for unknown languages', () => {
    expect(formatNumber(1114833, 'fr')).toBe('1.114.833');
  });
});

describe('toLocale', () => {
  it('maps UI languages to display locales', () => {
    expect(toLocale('nl')).toBe('nl-NL');
    expect(toLocale('en')).toBe('en-GB');
    expect(toLocale()).toBe('nl-NL');
  });
});
