import { DEFAULT_CALENDAR } from '../calendar/dutch-holidays';
import { DEFAULT_LADDER, effectiveLadder } from '../ladder';
import { replayHistory, type HistoryEntry } from './history';
import { dueTimes, newItemState } from './ladder-state';
import { transition } from './transition';

const at = (iso: string): Date => new Date(iso);
const rules = { ladder: DEFAULT_LADDER, calendar: DEFAULT_CALENDAR };

describe('the ladder state derived from the item history', () => {
  it('matches the state the transitions produced, event for event', () => {
    const created = at('2026-03-02T09:00:00+01:00');
    const people = {
      ownerId: 'o',
      programmeDirectorIds: [],
      holders: { PROGRAMMABUREAU: ['o'], ALLIANTIE: ['m'], RIJKSVERTEGENWOORDIGER: ['r'], INTERDEPARTEMENTAAL: ['c'], DOORBRAAKOVERLEG: ['c'] },
    };
    let state = newItemState('VASTLOPER', 'OPEN', created);
    const step = (event: Parameters<typeof transition>[1], now: Date) => {
      const result = transition(state, event, now, rules);
      if (!result.ok) {
        throw new Error(result.error.code);
      }
      state = result.next;
    };
    step({ type: 'TICK', people }, at('2026-03-18T09:00:00+01:00'));
    step({ type: 'PROGRESS' }, at('2026-03-19T09:00:00+01:00'));
    step({ type: 'ACKNOWLEDGE' }, at('2026-03-20T09:00:00+01:00'));
    step({ type: 'ESCALATE', reason: 'Landelijk', people }, at('2026-03-24T09:00:00+01:00'));
    step({ type: 'PARK', until: at('2026-05-01T09:00:00+02:00'), reason: 'Wacht' }, at('2026-03-25T09:00:00+01:00'));
    step({ type: 'UNPARK' }, at('2026-04-10T09:00:00+02:00'));

    const history: HistoryEntry[] = [
      { type: 'CREATED', at: created, status: 'OPEN' },
      { type: 'EARLY_WARNED', at: at('2026-03-18T09:00:00+01:00') },
      { type: 'PROGRESS', at: at('2026-03-19T09:00:00+01:00') },
      { type: 'ACKNOWLEDGED', at: at('2026-03-20T09:00:00+01:00') },
      { type: 'MOVED', at: at('2026-03-24T09:00:00+01:00'), to: 'ALLIANTIE' },
      { type: 'PARKED', at: at('2026-03-25T09:00:00+01:00'), until: at('2026-05-01T09:00:00+02:00') },
      { type: 'PROGRESS', at: at('2026-04-01T09:00:00+02:00') },
      { type: 'UNPARKED', at: at('2026-04-10T09:00:00+02:00') },
    ];
    expect(replayHistory('VASTLOPER', history)).toEqual(state);
  });

  it('orders the history by time, and applies a changed ladder to the due time without rewriting events', () => {
    const history: HistoryEntry[] = [
      { type: 'MOVED', at: at('2026-03-23T09:00:00+01:00'), to: 'ALLIANTIE' },
      { type: 'CREATED', at: at('2026-03-02T09:00:00+01:00'), status: 'OPEN' },
    ];
    const state = replayHistory('VASTLOPER', history);
    expect(state.rung).toBe('ALLIANTIE');
    const compressed = { ladder: effectiveLadder([{ rung: 'ALLIANTIE', stallTime: { unit: 'WORKING_DAYS', workingDays: 2 } }]), calendar: DEFAULT_CALENDAR };
    expect(dueTimes(state, compressed).nextEscalationAt).toEqual(at('2026-03-25T09:00:00+01:00'));
  });

  it('replays a doorbraak that started, was flagged at the top and was achieved', () => {
    const state = replayHistory('DOORBRAAK', [
      { type: 'CREATED', at: at('2026-01-05T09:00:00+01:00'), status: 'IDEE' },
      { type: 'PROGRESS', at: at('2026-01-06T09:00:00+01:00') },
      { type: 'STARTED', at: at('2026-01-07T09:00:00+01:00') },
      { type: 'ACKNOWLEDGED', at: at('2026-01-08T09:00:00+01:00') },
      { type: 'MOVED', at: at('2026-02-07T09:00:00+01:00'), to: 'DOORBRAAKOVERLEG' },
      { type: 'FLAGGED_OVERDUE', at: at('2026-05-07T09:00:00+02:00') },
      { type: 'CLOSED', at: at('2026-06-07T09:00:00+02:00'), status: 'BEREIKT' },
    ]);
    expect(state).toEqual(
      expect.objectContaining({ status: 'BEREIKT', rung: 'DOORBRAAKOVERLEG', overdueAt: at('2026-05-07T09:00:00+02:00') }),
    );
  });

  it('keeps the recorded order of entries at the same instant', () => {
    const at0 = at('2026-03-02T09:00:00+01:00');
    const moved = at('2026-03-23T09:00:00+01:00');
    const state = replayHistory('VASTLOPER', [
      { type: 'CREATED', at: at0, status: 'OPEN' },
      { type: 'MOVED', at: moved, to: 'ALLIANTIE' },
      { type: 'ACKNOWLEDGED', at: moved },
    ]);
    expect(state).toEqual(expect.objectContaining({ rung: 'ALLIANTIE', status: 'IN_BEHANDELING', acknowledgedAt: moved }));
  });

  it('keeps the clock of a parked item stopped when a note is added', () => {
    const state = replayHistory('VASTLOPER', [
      { type: 'CREATED', at: at('2026-03-02T09:00:00+01:00'), status: 'OPEN' },
      { type: 'PARKED', at: at('2026-03-03T09:00:00+01:00'), until: at('2026-03-20T09:00:00+01:00') },
      { type: 'PROGRESS', at: at('2026-03-04T09:00:00+01:00') },
    ]);
    expect(state.clockStartedAt).toEqual(at('2026-03-02T09:00:00+01:00'));
  });

  it('refuses a history that does not start with the creation', () => {
    expect(() => replayHistory('VASTLOPER', [])).toThrow(RangeError);
    expect(() => replayHistory('VASTLOPER', [{ type: 'PROGRESS', at: new Date() }])).toThrow(RangeError);
  });
});
