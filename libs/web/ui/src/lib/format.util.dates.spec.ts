import { daysBetween, formatDate, formatDateTime } from './format.util';

describe('dates', () => {
  it('shows dates in Dutch notation in Amsterdam time', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(formatDate('2024-12-31T23:30:00Z')).toBe('1 januari 2025');
    expect(formatDateTime('2025-05-12T12:30:00Z')).toBe('12 mei 2025 om 14:30');
  });

  it('shows English dates when the language is English', () => {
    expect(formatDate('2025-05-12T12:30:00Z', 'en')).toBe('12 May 2025');
  });

  it('counts whole days', () => {
    expect(daysBetween('2025-05-10T12:00:00Z', new Date('2025-05-12T11:00:00Z'))).toBe(1);
    expect(daysBetween('2025-05-13T12:00:00Z', new Date('2025-05-12T11:00:00Z'))).toBe(0);
  });
});
