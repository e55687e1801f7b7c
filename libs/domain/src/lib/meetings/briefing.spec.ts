import { briefingWindow, figuresPerActielijn, inWindow, moveDirection } from './briefing';

const day = (date: string): Date => new Date(`${date}T12:00:00Z`);

describe('the briefing window', () => {
  it('runs from the previous meeting to the meeting, or to now when read before it', () => {
    expect(briefingWindow(day('2026-02-01'), day('2026-03-15'), day('2026-03-12'))).toEqual({ from: day('2026-02-01'), to: day('2026-03-12') });
    expect(briefingWindow(day('2026-02-01'), day('2026-03-15'), day('2026-04-01'))).toEqual({ from: day('2026-02-01'), to: day('2026-03-15') });
  });

  it('looks back one six-week cycle without a previous meeting', () => {
    expect(briefingWindow(null, day('2026-03-15'), day('2026-03-12')).from).toEqual(day('2026-02-01'));
  });

  it('never runs backwards when the previous meeting is still ahead too: it starts and ends today', () => {
    expect(briefingWindow(day('2026-04-01'), day('2026-05-13'), day('2026-03-12'))).toEqual({ from: day('2026-03-12'), to: day('2026-03-12') });
  });

  it('never runs backwards for a first meeting more than a cycle ahead', () => {
    expect(briefingWindow(null, day('2026-06-01'), day('2026-03-12'))).toEqual({ from: day('2026-03-12'), to: day('2026-03-12') });
  });

  it('excludes the start and includes the end', () => {
    const window = { from: day('2026-02-01'), to: day('2026-03-12') };
    expect(inWindow(day('2026-02-01'), window)).toBe(false);
    expect(inWindow(day('2026-03-12'), window)).toBe(true);
    expect(inWindow(null, window)).toBe(false);
  });
});

describe('ladder moves', () => {
  it('are up, down, or neither', () => {
    expect(moveDirection({ cause: 'STALLED', fromRung: 'PROGRAMMABUREAU', toRung: 'ALLIANTIE' })).toBe('ESCALATED');
    expect(moveDirection({ cause: 'MANUAL', fromRung: 'ALLIANTIE', toRung: 'INTERDEPARTEMENTAAL' })).toBe('ESCALATED');
    expect(moveDirection({ cause: 'DE_ESCALATED', fromRung: 'ALLIANTIE', toRung: 'PROGRAMMABUREAU' })).toBe('DE_ESCALATED');
    expect(moveDirection({ cause: 'RESOLVED', fromRung: 'ALLIANTIE', toRung: 'ALLIANTIE' })).toBeNull();
    expect(moveDirection({ cause: 'MANUAL', fromRung: null, toRung: 'PROGRAMMABUREAU' })).toBeNull();
  });
});

describe('figures per actielijn', () => {
  it('gives every measure for all four actielijnen in the programme\'s order, 0 where nothing was counted', () => {
    const figures = figuresPerActielijn({
      openVastlopers: { MEEDOEN: 2 },
      newVastlopers: { MEEDOEN: 1, VEILIGHEID: 1 },
      resolvedVastlopers: { MEEDOEN: 1 },
      escalated: { MEEDOEN: 1 },
      deEscalated: { MEEDOEN: 1 },
      doorbrakenAchieved: { MEEDOEN: 1 },
    });
    expect(figures.map((row) => row.actielijn)).toEqual(['SAMENHANGENDE_AANPAK', 'WONINGEN_EN_WIJKEN', 'MEEDOEN', 'VEILIGHEID']);
    expect(figures[2]).toEqual({
      actielijn: 'MEEDOEN',
      openVastlopers: 2,
      newVastlopers: 1,
      resolvedVastlopers: 1,
      escalated: 1,
      deEscalated: 1,
      doorbrakenAchieved: 1,
    });
    expect(figures[3]).toEqual({
      actielijn: 'VEILIGHEID',
      openVastlopers: 0,
      newVastlopers: 1,
      resolvedVastlopers: 0,
      escalated: 0,
      deEscalated: 0,
      doorbrakenAchieved: 0,
    });
  });
});
