import { defaultCommitmentDueDate, dueDateFor, isIsoDate, isOverdue, longestOpenFirst } from './commitments';

describe('commitments (toezeggingen)', () => {
  it('fall due on the next 1 July or 31 December when no date is given', () => {
    expect(defaultCommitmentDueDate('2026-03-15')).toBe('2026-07-01');
    expect(defaultCommitmentDueDate('2026-06-30')).toBe('2026-07-01');
    expect(defaultCommitmentDueDate('2026-07-01')).toBe('2026-12-31');
    expect(defaultCommitmentDueDate('2026-09-01')).toBe('2026-12-31');
    expect(defaultCommitmentDueDate('2026-12-31')).toBe('2027-07-01');
  });

  it('keep a date that was given; an action without one has none', () => {
    expect(dueDateFor('COMMITMENT', '2026-05-01', '2026-03-15')).toBe('2026-05-01');
    expect(dueDateFor('COMMITMENT', null, '2026-03-15')).toBe('2026-07-01');
    expect(dueDateFor('ACTION', '2026-05-01', '2026-03-15')).toBe('2026-05-01');
    expect(dueDateFor('ACTION', null, '2026-03-15')).toBeNull();
  });

  it('are listed longest open first', () => {
    const rows = [
      { id: 'b', createdAt: new Date('2026-02-01') },
      { id: 'c', createdAt: new Date('2025-11-01') },
      { id: 'a', createdAt: new Date('2026-02-01') },
    ];
    expect(longestOpenFirst(rows).map((row) => row.id)).toEqual(['c', 'a', 'b']);
    expect(longestOpenFirst([rows[0], rows[2]]).map((row) => row.id)).toEqual(['a', 'b']);
  });
});

describe('due dates', () => {
  it('are overdue from the day after', () => {
    expect(isOverdue('2026-03-14', '2026-03-15')).toBe(true);
    expect(isOverdue('2026-03-15', '2026-03-15')).toBe(false);
  });

  it('are real calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('28-02-2026')).toBe(false);
  });
});
