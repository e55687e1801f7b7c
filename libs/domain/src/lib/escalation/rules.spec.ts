import { DEFAULT_CALENDAR } from '../calendar/dutch-holidays';
import { ESCALATION_RUNGS } from '../ladder';
import { arrivalRecipients, earlyWarningRecipients, RUNG_HOLDERS } from './rung-holders';
import { describeStallTime, earlyWarningTime, isValidStallTime, stallDeadline } from './stall-clock';
import { allowedStatusTransitions, canChangeStatus, phaseOfStatus } from './status-transitions';

describe('status transitions', () => {
  it('lets an open vastloper be acknowledged, parked, resolved or withdrawn, and ends there', () => {
    expect(allowedStatusTransitions('VASTLOPER', 'OPEN')).toEqual(['IN_BEHANDELING', 'GEPARKEERD', 'OPGELOST', 'INGETROKKEN']);
    expect(canChangeStatus('VASTLOPER', 'GEPARKEERD', 'OPEN')).toBe(true);
    expect(canChangeStatus('VASTLOPER', 'OPGELOST', 'OPEN')).toBe(false);
    expect(allowedStatusTransitions('VASTLOPER', 'INGETROKKEN')).toEqual([]);
  });

  it('lets a doorbraak go from idea to running to achieved or stopped', () => {
    expect(canChangeStatus('DOORBRAAK', 'IDEE', 'LOPEND')).toBe(true);
    expect(canChangeStatus('DOORBRAAK', 'LOPEND', 'IDEE')).toBe(false);
    expect(allowedStatusTransitions('DOORBRAAK', 'BEREIKT')).toEqual([]);
    expect(allowedStatusTransitions('DOORBRAAK', 'OPEN')).toEqual([]);
    expect(allowedStatusTransitions('VASTLOPER', 'LOPEND')).toEqual([]);
  });

  it('runs the clock only for open items', () => {
    expect(['OPEN', 'IN_BEHANDELING', 'LOPEND'].map((status) => phaseOfStatus(status as 'OPEN'))).toEqual(['RUNNING', 'RUNNING', 'RUNNING']);
    expect(phaseOfStatus('GEPARKEERD')).toBe('PARKED');
    expect(phaseOfStatus('IDEE')).toBe('NOT_STARTED');
    expect(['OPGELOST', 'INGETROKKEN', 'BEREIKT', 'GESTOPT'].map((status) => phaseOfStatus(status as 'OPGELOST'))).toEqual([
      'CLOSED',
      'CLOSED',
      'CLOSED',
      'CLOSED',
    ]);
  });
});

describe('stall times', () => {
  it('accepts whole positive working days and positive ISO-8601 durations', () => {
    expect(isValidStallTime({ unit: 'WORKING_DAYS', workingDays: 15 })).toBe(true);
    expect(isValidStallTime({ unit: 'WORKING_DAYS', workingDays: 0 })).toBe(false);
    expect(isValidStallTime({ unit: 'WORKING_DAYS', workingDays: 1.5 })).toBe(false);
    expect(isValidStallTime({ unit: 'WORKING_DAYS', workingDays: 501 })).toBe(false);
    expect(isValidStallTime({ unit: 'DURATION', duration: 'PT30S' })).toBe(true);
    expect(isValidStallTime({ unit: 'DURATION', duration: 'dertig seconden' })).toBe(false);
    expect(isValidStallTime({ unit: 'DURATION', duration: 'P2Y' })).toBe(true);
    expect(isValidStallTime({ unit: 'DURATION', duration: 'P731D' })).toBe(false);
    expect(isValidStallTime({ unit: 'DURATION', duration: 'P99999999Y' })).toBe(false);
  });

  it('warns at 80% of a duration', () => {
    const from = new Date('2026-03-02T09:00:00Z');
    expect(stallDeadline(from, { unit: 'DURATION', duration: 'PT100S' }, DEFAULT_CALENDAR)).toEqual(new Date('2026-03-02T09:01:40Z'));
    expect(earlyWarningTime(from, { unit: 'DURATION', duration: 'PT100S' }, DEFAULT_CALENDAR)).toEqual(new Date('2026-03-02T09:01:20Z'));
  });

  it('describes a stall time in Dutch', () => {
    expect(describeStallTime({ unit: 'WORKING_DAYS', workingDays: 1 })).toBe('1 werkdag');
    expect(describeStallTime({ unit: 'WORKING_DAYS', workingDays: 30 })).toBe('30 werkdagen');
    expect(describeStallTime({ unit: 'DURATION', duration: 'PT30S' })).toBe('PT30S');
  });
});

describe('who holds a rung and who is told', () => {
  it('names a holder for every rung', () => {
    expect(ESCALATION_RUNGS.map((rung) => RUNG_HOLDERS[rung].scope)).toEqual(['ALLIANCE', 'ALLIANCE', 'RIJKSVERTEGENWOORDIGER', 'NATIONAL', 'NATIONAL']);
  });

  it('tells each person once', () => {
    const people = {
      ownerId: 'director',
      programmeDirectorIds: ['director'],
      holders: { PROGRAMMABUREAU: ['director'], ALLIANTIE: ['mayor'], RIJKSVERTEGENWOORDIGER: [], INTERDEPARTEMENTAAL: [], DOORBRAAKOVERLEG: [] },
    };
    expect(arrivalRecipients('PROGRAMMABUREAU', people)).toEqual(['director']);
    expect(earlyWarningRecipients('ALLIANTIE', people)).toEqual(['mayor', 'director']);
  });
});
