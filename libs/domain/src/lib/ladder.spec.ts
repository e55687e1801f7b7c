import {
  DEFAULT_LADDER,
  effectiveLadder,
  ESCALATION_RUNGS,
  meetingTypeOfRung,
  nextRung,
  previousRung,
  rungIndex,
  TOP_RUNG,
} from './ladder';

describe('the escalation ladder', () => {
  it('has five rungs from the programme bureau up to the doorbraakoverleg', () => {
    expect(DEFAULT_LADDER.map((setting) => setting.rung)).toEqual(ESCALATION_RUNGS);
    expect(ESCALATION_RUNGS[0]).toBe('PROGRAMMABUREAU');
    expect(TOP_RUNG).toBe('DOORBRAAKOVERLEG');
  });

  it('stalls after 15 working days at the bureau, 30 in between and flags the top after 60', () => {
    expect(DEFAULT_LADDER.map((setting) => setting.stallTime)).toEqual([
      { unit: 'WORKING_DAYS', workingDays: 15 },
      { unit: 'WORKING_DAYS', workingDays: 30 },
      { unit: 'WORKING_DAYS', workingDays: 30 },
      { unit: 'WORKING_DAYS', workingDays: 30 },
      { unit: 'WORKING_DAYS', workingDays: 60 },
    ]);
  });

  it('climbs one rung at a time and stops at the top', () => {
    expect(nextRung('PROGRAMMABUREAU')).toBe('ALLIANTIE');
    expect(nextRung('INTERDEPARTEMENTAAL')).toBe('DOORBRAAKOVERLEG');
    expect(nextRung('DOORBRAAKOVERLEG')).toBeNull();
  });

  it('goes down one rung and not below the bureau', () => {
    expect(previousRung('ALLIANTIE')).toBe('PROGRAMMABUREAU');
    expect(previousRung('PROGRAMMABUREAU')).toBeNull();
    expect(rungIndex('RIJKSVERTEGENWOORDIGER')).toBe(2);
  });

  it('puts items on an agenda only at the rungs that meet', () => {
    expect(ESCALATION_RUNGS.map(meetingTypeOfRung)).toEqual([null, 'ALLIANTIE', null, null, 'DOORBRAAKOVERLEG']);
  });

  it("applies an alliance's override of one rung and keeps the others", () => {
    const ladder = effectiveLadder([{ rung: 'ALLIANTIE', stallTime: { unit: 'DURATION', duration: 'PT30S' } }]);
    expect(ladder[1]).toEqual({ rung: 'ALLIANTIE', stallTime: { unit: 'DURATION', duration: 'PT30S' } });
    expect(ladder.filter((_setting, index) => index !== 1)).toEqual(DEFAULT_LADDER.filter((_setting, index) => index !== 1));
  });
});
