import { csvField, csvLine } from './export-writers';

describe('the CSV of an export', () => {
  it('quotes a field that holds the separator, a quote or a line break, doubling its quotes', () => {
    expect(csvField('Wet; artikel')).toBe('"Wet; artikel"');
    expect(csvField('Zegt "nee"')).toBe('"Zegt ""nee"""');
    expect(csvField('Eén\r\ntwee')).toBe('"Eén\r\ntwee"');
    expect(csvField('Gewoon, met komma')).toBe('Gewoon, met komma');
  });

  it('writes moments as Amsterdam wall-clock time, in summer and in winter', () => {
    expect(csvField(new Date('2026-07-01T22:30:00Z'))).toBe('02-07-2026 00:30');
    expect(csvField(new Date('2026-01-15T08:05:00Z'))).toBe('15-01-2026 09:05');
  });

  it('writes yes/no, numbers and empty cells plainly, and defuses what Excel would run as a formula', () => {
    expect([true, false, 12, -3, null].map(csvField)).toEqual(['ja', 'nee', '12', '-3', '']);
    expect(['=1+1', '+31', '-x', '@SUM(A1)'].map(csvField)).toEqual(["'=1+1", "'+31", "'-x", "'@SUM(A1)"]);
  });

  it('ends every line with CRLF and separates fields with a semicolon', () => {
    expect(csvLine(['a', 1, null, 'b;c'])).toBe('a;1;;"b;c"\r\n');
  });
});
