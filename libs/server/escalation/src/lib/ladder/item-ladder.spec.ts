import { DEFAULT_CALENDAR, DEFAULT_LADDER, transition, type ItemPeople } from '@doorbraak/domain';
import type { DoorbraakEntity, VastloperEntity } from '@doorbraak/server-data';
import { doorbraakColumns, doorbraakState, vastloperColumns, vastloperState } from './item-ladder';

const rules = { ladder: DEFAULT_LADDER, calendar: DEFAULT_CALENDAR };
const created = new Date('2026-03-02T08:00:00Z');
const people: ItemPeople = {
  ownerId: 'o',
  programmeDirectorIds: [],
  holders: { PROGRAMMABUREAU: ['o'], ALLIANTIE: ['m'], RIJKSVERTEGENWOORDIGER: [], INTERDEPARTEMENTAAL: ['c'], DOORBRAAKOVERLEG: ['c'] },
};

const vastloper = (fields: Partial<VastloperEntity> = {}): VastloperEntity =>
  ({
    id: 'v',
    status: 'OPEN',
    rung: 'PROGRAMMABUREAU',
    rungEnteredAt: created,
    lastProgressAt: created,
    acknowledgedAt: null,
    earlyWarningSentAt: null,
    overdueAt: null,
    parkedUntil: null,
    parkReason: null,
    stallPeriod: 0,
    ...fields,
  }) as VastloperEntity;

describe('the ladder columns of an item row', () => {
  it('reads the clock from the later of arrival and last progress', () => {
    const progress = new Date('2026-03-05T08:00:00Z');
    expect(vastloperState(vastloper({ lastProgressAt: progress })).clockStartedAt).toEqual(progress);
    expect(vastloperState(vastloper()).clockStartedAt).toEqual(created);
  });

  it('moves lastProgressAt on progress but not on an escalation', () => {
    const state = vastloperState(vastloper());
    const stalledAt = new Date('2026-03-23T08:00:00Z');
    const escalated = transition(state, { type: 'TICK', people }, stalledAt, rules);
    if (!escalated.ok) throw new Error(escalated.error.code);
    const moved = vastloperColumns(vastloper(), escalated.next, rules, stalledAt);
    expect(moved).toEqual(expect.objectContaining({ rung: 'ALLIANTIE', rungEnteredAt: stalledAt, lastProgressAt: created, stallPeriod: 1 }));

    const notedAt = new Date('2026-03-04T08:00:00Z');
    const noted = transition(state, { type: 'PROGRESS' }, notedAt, rules);
    if (!noted.ok) throw new Error(noted.error.code);
    expect(vastloperColumns(vastloper(), noted.next, rules, notedAt).lastProgressAt).toEqual(notedAt);
  });

  it('records when and where a vastloper was resolved', () => {
    const at = new Date('2026-03-04T08:00:00Z');
    const resolved = transition(vastloperState(vastloper({ rung: 'ALLIANTIE' })), { type: 'RESOLVE', reason: null }, at, rules);
    if (!resolved.ok) throw new Error(resolved.error.code);
    expect(vastloperColumns(vastloper({ rung: 'ALLIANTIE' }), resolved.next, rules, at)).toEqual(
      expect.objectContaining({ status: 'OPGELOST', resolvedAt: at, resolvedAtRung: 'ALLIANTIE', nextEscalationAt: null }),
    );
  });

  it('takes a doorbraak off the ladder when achieved, keeping the rung as achievedAtRung', () => {
    const row = { id: 'd', status: 'LOPEND', rung: 'RIJKSVERTEGENWOORDIGER', achievedAtRung: null, rungEnteredAt: created, lastProgressAt: created, acknowledgedAt: null, earlyWarningSentAt: null, overdueAt: null, stallPeriod: 2 } as unknown as DoorbraakEntity;
    const at = new Date('2026-03-04T08:00:00Z');
    const achieved = transition(doorbraakState(row), { type: 'RESOLVE', reason: null }, at, rules);
    if (!achieved.ok) throw new Error(achieved.error.code);
    expect(doorbraakColumns(row, achieved.next, rules, at)).toEqual(
      expect.objectContaining({ status: 'BEREIKT', rung: null, achievedAt: at, achievedAtRung: 'RIJKSVERTEGENWOORDIGER' }),
    );
    expect(doorbraakState({ ...row, status: 'BEREIKT', rung: null, achievedAtRung: 'ALLIANTIE' } as DoorbraakEntity).rung).toBe('ALLIANTIE');
  });
});
