import { atAmsterdamTime } from './amsterdam-time';
import { climbsUpTo, planTimeline, stallDaysOf } from './item-timeline';

const now = atAmsterdamTime({ year: 2026, month: 5, day: 12 }, 11);

describe('demo item timelines', () => {
  it('approximates the default stall times in calendar days', () => {
    expect(stallDaysOf('PROGRAMMABUREAU')).toBe(21);
    expect(stallDaysOf('ALLIANTIE')).toBe(42);
    expect(stallDaysOf('DOORBRAAKOVERLEG')).toBe(84);
  });

  it('climbs one rung per stall period, in order, up to the rung reached', () => {
    const enteredAt = new Date('2026-05-01T08:00:00Z');
    const { createdAt, climbs } = climbsUpTo('INTERDEPARTEMENTAAL', enteredAt);
    expect(climbs.map((climb) => `${climb.from}>${climb.to}`)).toEqual([
      'PROGRAMMABUREAU>ALLIANTIE',
      'ALLIANTIE>RIJKSVERTEGENWOORDIGER',
      'RIJKSVERTEGENWOORDIGER>INTERDEPARTEMENTAAL',
    ]);
    expect(climbs[2].at).toEqual(enteredAt);
    expect(climbs[0].at.getTime() - createdAt.getTime()).toBe(21 * 24 * 3600 * 1000);
    expect(climbs[1].at < climbs[2].at).toBe(true);
  });

  it('makes an item that sat past its stall time due, and a fresh one not', () => {
    const stalled = planTimeline(now, { kind: 'OPEN', rung: 'PROGRAMMABUREAU', daysAtRung: 25 }, 10);
    const fresh = planTimeline(now, { kind: 'OPEN', rung: 'PROGRAMMABUREAU', daysAtRung: 3 }, 10);
    expect(stalled.nextEscalationAt && stalled.nextEscalationAt <= now).toBe(true);
    expect(fresh.nextEscalationAt && fresh.nextEscalationAt > now).toBe(true);
    expect(fresh.earlyWarningAt && fresh.nextEscalationAt && fresh.earlyWarningAt < fresh.nextEscalationAt).toBe(true);
  });

  it('restarts the clock at the last progress', () => {
    const timeline = planTimeline(now, { kind: 'OPEN', rung: 'ALLIANTIE', daysAtRung: 40, progressDaysAgo: 2 }, 10);
    expect(timeline.lastProgressAt > timeline.rungEnteredAt).toBe(true);
    expect(timeline.nextEscalationAt?.getTime()).toBe(timeline.lastProgressAt.getTime() + 42 * 24 * 3600 * 1000);
  });

  it('stops the clock for a parked item and keeps its park date ahead', () => {
    const timeline = planTimeline(
      now,
      { kind: 'GEPARKEERD', rung: 'RIJKSVERTEGENWOORDIGER', daysAtRung: 10, parkedDaysAgo: 4, parkedForDays: 30 },
      10,
    );
    expect(timeline.status).toBe('GEPARKEERD');
    expect(timeline.nextEscalationAt).toBeNull();
    expect(timeline.parkedUntil && timeline.parkedUntil > now).toBe(true);
  });
});
