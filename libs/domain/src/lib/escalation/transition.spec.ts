import { DEFAULT_CALENDAR } from '../calendar/dutch-holidays';
import { DEFAULT_LADDER, effectiveLadder, ESCALATION_RUNGS, type EscalationRung, type Ladder } from '../ladder';
import { dueTimes, isOverdueAtTop, isStalled, newItemState, type LadderRules, type LadderState } from './ladder-state';
import type { ItemPeople } from './rung-holders';
import { transition, type LadderEvent, type TransitionResult } from './transition';

const at = (iso: string): Date => new Date(iso);
const plusSeconds = (instant: Date, seconds: number): Date => new Date(instant.getTime() + seconds * 1000);

const workingDays: LadderRules = { ladder: DEFAULT_LADDER, calendar: DEFAULT_CALENDAR };
// Compressed to seconds, as in tests and demos: every rung stalls after 10 seconds.
const seconds: LadderRules = {
  ladder: ESCALATION_RUNGS.map((rung) => ({ rung, stallTime: { unit: 'DURATION', duration: 'PT10S' } })),
  calendar: DEFAULT_CALENDAR,
};

const people = (overrides: Partial<Record<EscalationRung, readonly string[]>> = {}): ItemPeople => ({
  ownerId: 'owner',
  programmeDirectorIds: ['director'],
  holders: {
    PROGRAMMABUREAU: ['director', 'bureau'],
    ALLIANTIE: ['mayor'],
    RIJKSVERTEGENWOORDIGER: ['rv'],
    INTERDEPARTEMENTAAL: ['coordinator'],
    DOORBRAAKOVERLEG: ['coordinator'],
    ...overrides,
  },
});

const ok = (result: TransitionResult) => {
  if (!result.ok) {
    throw new Error(`expected success, got ${result.error.code}`);
  }
  return result;
};

const errorOf = (result: TransitionResult): string | undefined => (result.ok ? undefined : result.error.code);

const monday = at('2026-03-02T09:00:00+01:00');
const fresh = (now = monday): LadderState => newItemState('VASTLOPER', 'OPEN', now);
const tick = (state: LadderState, now: Date, rules = workingDays, who = people()) =>
  ok(transition(state, { type: 'TICK', people: who }, now, rules));

// Lets the worker look at the item at its due time until it reaches `rung`.
const climbTo = (rung: EscalationRung, rules = seconds, who = people()): { state: LadderState; now: Date } => {
  let state = fresh();
  let now = monday;
  while (state.rung !== rung) {
    now = dueTimes(state, rules).nextEscalationAt as Date;
    state = tick(state, now, rules, who).next;
  }
  return { state, now };
};

describe('the escalation ladder as a state machine', () => {
  describe('a new vastloper', () => {
    it('starts open at the programme bureau with its clock running', () => {
      expect(fresh()).toEqual({
        kind: 'VASTLOPER',
        status: 'OPEN',
        rung: 'PROGRAMMABUREAU',
        rungEnteredAt: monday,
        clockStartedAt: monday,
        acknowledgedAt: null,
        earlyWarningSentAt: null,
        overdueAt: null,
        parkedUntil: null,
        period: 0,
      });
    });

    it('stalls after 15 working days and is warned after 12', () => {
      expect(dueTimes(fresh(), workingDays)).toEqual({
        nextEscalationAt: at('2026-03-23T09:00:00+01:00'),
        earlyWarningAt: at('2026-03-18T09:00:00+01:00'),
      });
      expect(isStalled(fresh(), at('2026-03-23T08:59:59+01:00'), workingDays)).toBe(false);
      expect(isStalled(fresh(), at('2026-03-23T09:00:00+01:00'), workingDays)).toBe(true);
    });

    it('stalls later when Easter falls within its stall time', () => {
      // From Monday 23 March 2026: Goede Vrijdag 3 April and Easter Monday 6 April do not count.
      const state = fresh(at('2026-03-23T09:00:00+01:00'));
      expect(dueTimes(state, workingDays).nextEscalationAt).toEqual(at('2026-04-15T09:00:00+02:00'));
    });

    it('stalls later when Koningsdag falls within its stall time', () => {
      // From Monday 20 April 2026, 15 working days skip Koningsdag (27 April) and Bevrijdingsdag (5 May).
      const state = fresh(at('2026-04-20T09:00:00+02:00'));
      expect(dueTimes(state, workingDays).nextEscalationAt).toEqual(at('2026-05-13T09:00:00+02:00'));
      const lustrum = { ladder: DEFAULT_LADDER, calendar: { bevrijdingsdag: 'LUSTRUM' as const } };
      expect(dueTimes(state, lustrum).nextEscalationAt).toEqual(at('2026-05-12T09:00:00+02:00'));
    });
  });

  describe('the worker looking at an item (TICK)', () => {
    it('does nothing before the early warning is due', () => {
      const result = tick(fresh(), at('2026-03-17T09:00:00+01:00'));
      expect(result.next).toEqual(fresh());
      expect(result.effects).toEqual([]);
    });

    it('warns the holder and the owner once at 80% of the stall time', () => {
      const warnedAt = at('2026-03-18T09:00:00+01:00');
      const warned = tick(fresh(), warnedAt);
      expect(warned.next.earlyWarningSentAt).toEqual(warnedAt);
      expect(warned.effects).toEqual([
        expect.objectContaining({
          type: 'NOTIFY',
          kind: 'EARLY_WARNING',
          rung: 'PROGRAMMABUREAU',
          recipients: ['director', 'bureau', 'owner'],
          message: 'Dreigt vast te lopen bij het programmabureau: zonder voortgang escaleert het item op 23 maart 2026 om 09:00.',
        }),
      ]);
      expect(dueTimes(warned.next, workingDays).earlyWarningAt).toBeNull();
      expect(tick(warned.next, at('2026-03-19T09:00:00+01:00')).effects).toEqual([]);
    });

    it('moves a stalled item one rung up, onto the next alliance meeting, and tells the right people', () => {
      const due = at('2026-03-23T09:00:00+01:00');
      const result = tick(fresh(), due);
      expect(result.effects).toEqual([
        {
          type: 'RECORD_ESCALATION',
          from: 'PROGRAMMABUREAU',
          to: 'ALLIANTIE',
          cause: 'STALLED',
          reason: 'Geen voortgang binnen 15 werkdagen bij het programmabureau.',
          skipped: [],
          period: 0,
        },
        { type: 'PLACE_ON_AGENDA', rung: 'ALLIANTIE', meetingType: 'ALLIANTIE' },
        expect.objectContaining({ type: 'NOTIFY', kind: 'ESCALATED', rung: 'ALLIANTIE', recipients: ['mayor', 'owner', 'director'] }),
      ]);
      expect(result.next).toEqual(
        expect.objectContaining({ rung: 'ALLIANTIE', rungEnteredAt: due, clockStartedAt: due, period: 1, earlyWarningSentAt: null }),
      );
    });

    it('climbs all five rungs on its own, with four escalation events, and lands on the doorbraakoverleg agenda', () => {
      let state = fresh();
      const moves: string[] = [];
      const agendas: string[] = [];
      while (state.rung !== 'DOORBRAAKOVERLEG') {
        const result = tick(state, dueTimes(state, seconds).nextEscalationAt as Date, seconds);
        for (const effect of result.effects) {
          if (effect.type === 'RECORD_ESCALATION') {
            moves.push(`${effect.from}→${effect.to}`);
          }
          if (effect.type === 'PLACE_ON_AGENDA') {
            agendas.push(effect.meetingType);
          }
        }
        state = result.next;
      }
      expect(moves).toEqual([
        'PROGRAMMABUREAU→ALLIANTIE',
        'ALLIANTIE→RIJKSVERTEGENWOORDIGER',
        'RIJKSVERTEGENWOORDIGER→INTERDEPARTEMENTAAL',
        'INTERDEPARTEMENTAAL→DOORBRAAKOVERLEG',
      ]);
      expect(agendas).toEqual(['ALLIANTIE', 'DOORBRAAKOVERLEG']);
      expect(state.period).toBe(4);
    });

    it('flags an item overdue at the top rung once, instead of moving it', () => {
      const { state, now } = climbTo('DOORBRAAKOVERLEG');
      const due = dueTimes(state, seconds).nextEscalationAt as Date;
      expect(due).toEqual(plusSeconds(now, 10));
      const flagged = tick(state, due, seconds);
      expect(flagged.next.rung).toBe('DOORBRAAKOVERLEG');
      expect(flagged.next.overdueAt).toEqual(due);
      expect(isOverdueAtTop(flagged.next)).toBe(true);
      expect(flagged.effects).toEqual([expect.objectContaining({ type: 'NOTIFY', kind: 'OVERDUE', recipients: ['coordinator', 'owner', 'director'] })]);
      expect(dueTimes(flagged.next, seconds)).toEqual({ nextEscalationAt: null, earlyWarningAt: null });
      expect(tick(flagged.next, plusSeconds(due, 3600), seconds).effects).toEqual([]);
    });

    it('skips a rung nobody holds, and says why', () => {
      const noRv = people({ RIJKSVERTEGENWOORDIGER: [] });
      const { state, now } = climbTo('ALLIANTIE', seconds, noRv);
      const result = tick(state, plusSeconds(now, 10), seconds, noRv);
      expect(result.next.rung).toBe('INTERDEPARTEMENTAAL');
      expect(result.effects[0]).toEqual(
        expect.objectContaining({
          from: 'ALLIANTIE',
          to: 'INTERDEPARTEMENTAAL',
          skipped: [{ rung: 'RIJKSVERTEGENWOORDIGER', reason: 'er is geen rijksvertegenwoordiger benoemd' }],
          reason: expect.stringContaining('de rijksvertegenwoordiger is overgeslagen: er is geen rijksvertegenwoordiger benoemd'),
        }),
      );
    });

    it('never skips the top rung, even when nobody holds it', () => {
      const nobody = people({ DOORBRAAKOVERLEG: [], INTERDEPARTEMENTAAL: [] });
      const { state, now } = climbTo('RIJKSVERTEGENWOORDIGER', seconds, nobody);
      const result = tick(state, plusSeconds(now, 10), seconds, nobody);
      expect(result.next.rung).toBe('DOORBRAAKOVERLEG');
      expect(result.effects[2]).toEqual(expect.objectContaining({ recipients: ['owner', 'director'] }));
    });

    it("applies an alliance's override of one rung's stall time", () => {
      const rules: LadderRules = {
        ladder: effectiveLadder([{ rung: 'ALLIANTIE', stallTime: { unit: 'DURATION', duration: 'PT30S' } }]),
        calendar: DEFAULT_CALENDAR,
      };
      expect(dueTimes(fresh(), rules).nextEscalationAt).toEqual(at('2026-03-23T09:00:00+01:00'));
      const arrived = tick(fresh(), at('2026-03-23T09:00:00+01:00'), rules).next;
      expect(dueTimes(arrived, rules)).toEqual({
        nextEscalationAt: at('2026-03-23T09:00:30+01:00'),
        earlyWarningAt: at('2026-03-23T09:00:24+01:00'),
      });
    });
  });

  describe('progress', () => {
    it('restarts the clock at the current rung and starts a new stall period', () => {
      const noted = at('2026-03-20T14:00:00+01:00');
      const result = ok(transition(fresh(), { type: 'PROGRESS' }, noted, workingDays));
      expect(result.next).toEqual(expect.objectContaining({ rung: 'PROGRAMMABUREAU', clockStartedAt: noted, period: 1 }));
      expect(dueTimes(result.next, workingDays).nextEscalationAt).toEqual(at('2026-04-14T14:00:00+02:00'));
      // The old deadline passes without an escalation, or even a warning.
      expect(tick(result.next, at('2026-03-23T09:00:00+01:00')).effects).toEqual([]);
    });

    it('restarts the clock at any rung and clears the overdue flag at the top', () => {
      const { state, now } = climbTo('DOORBRAAKOVERLEG');
      const overdue = tick(state, plusSeconds(now, 10), seconds).next;
      const later = plusSeconds(now, 60);
      const result = ok(transition(overdue, { type: 'PROGRESS' }, later, seconds));
      expect(result.next.overdueAt).toBeNull();
      expect(dueTimes(result.next, seconds).nextEscalationAt).toEqual(plusSeconds(later, 10));
    });

    it('is kept on a parked or resolved item without moving any clock', () => {
      const parked = ok(transition(fresh(), { type: 'PARK', until: at('2026-04-01T09:00:00+02:00'), reason: 'Wacht op het ministerie' }, monday, workingDays)).next;
      expect(ok(transition(parked, { type: 'PROGRESS' }, monday, workingDays)).next).toBe(parked);
    });
  });

  describe('acknowledge ("in behandeling genomen")', () => {
    it('counts as progress once per rung', () => {
      const when = at('2026-03-04T09:00:00+01:00');
      const acknowledged = ok(transition(fresh(), { type: 'ACKNOWLEDGE' }, when, workingDays)).next;
      expect(acknowledged).toEqual(expect.objectContaining({ status: 'IN_BEHANDELING', acknowledgedAt: when, clockStartedAt: when, period: 1 }));
      expect(errorOf(transition(acknowledged, { type: 'ACKNOWLEDGE' }, when, workingDays))).toBe('ALREADY_ACKNOWLEDGED');
    });

    it('does not stop an acknowledged item that still does not move from escalating at the next stall', () => {
      const when = at('2026-03-04T09:00:00+01:00');
      const acknowledged = ok(transition(fresh(), { type: 'ACKNOWLEDGE' }, when, workingDays)).next;
      const due = dueTimes(acknowledged, workingDays).nextEscalationAt as Date;
      expect(due).toEqual(at('2026-03-25T09:00:00+01:00'));
      const escalated = tick(acknowledged, due).next;
      expect(escalated).toEqual(expect.objectContaining({ rung: 'ALLIANTIE', status: 'OPEN', acknowledgedAt: null }));
      expect(transition(escalated, { type: 'ACKNOWLEDGE' }, due, workingDays).ok).toBe(true);
    });

    it('keeps a running doorbraak LOPEND', () => {
      const doorbraak = newItemState('DOORBRAAK', 'LOPEND', monday);
      expect(ok(transition(doorbraak, { type: 'ACKNOWLEDGE' }, monday, workingDays)).next.status).toBe('LOPEND');
    });

    it('is refused on an item that is not running', () => {
      const resolved = ok(transition(fresh(), { type: 'RESOLVE', reason: null }, monday, workingDays)).next;
      expect(errorOf(transition(resolved, { type: 'ACKNOWLEDGE' }, monday, workingDays))).toBe('INVALID_TRANSITION');
    });
  });

  describe('escalating and de-escalating by hand', () => {
    const escalate = (_state: LadderState, reason = 'Raakt aan landelijke regels'): LadderEvent => ({ type: 'ESCALATE', reason, people: people() });
    const deEscalate = (reason = 'Kan lokaal worden opgelost'): LadderEvent => ({ type: 'DE_ESCALATE', reason, people: people() });

    it('moves one rung up with the reason, as cause MANUAL', () => {
      const result = ok(transition(fresh(), escalate(fresh()), monday, workingDays));
      expect(result.effects[0]).toEqual(expect.objectContaining({ cause: 'MANUAL', to: 'ALLIANTIE', reason: 'Raakt aan landelijke regels' }));
      expect(result.effects[1]).toEqual({ type: 'PLACE_ON_AGENDA', rung: 'ALLIANTIE', meetingType: 'ALLIANTIE' });
    });

    it('moves one rung down, as cause DE_ESCALATED, without putting it on an agenda', () => {
      const { state, now } = climbTo('RIJKSVERTEGENWOORDIGER');
      const result = ok(transition(state, deEscalate(), now, seconds));
      expect(result.next.rung).toBe('ALLIANTIE');
      expect(result.effects.map((effect) => effect.type)).toEqual(['RECORD_ESCALATION', 'NOTIFY']);
      expect(result.effects[0]).toEqual(expect.objectContaining({ cause: 'DE_ESCALATED', from: 'RIJKSVERTEGENWOORDIGER', to: 'ALLIANTIE' }));
    });

    it('skips an empty rung on the way down as well', () => {
      const { state, now } = climbTo('INTERDEPARTEMENTAAL');
      const result = ok(transition(state, { type: 'DE_ESCALATE', reason: 'Terug', people: people({ RIJKSVERTEGENWOORDIGER: [] }) }, now, seconds));
      expect(result.next.rung).toBe('ALLIANTIE');
    });

    it('refuses to go above the top or below the bottom', () => {
      const { state, now } = climbTo('DOORBRAAKOVERLEG');
      expect(errorOf(transition(state, escalate(state), now, seconds))).toBe('ALREADY_AT_TOP');
      expect(errorOf(transition(fresh(), deEscalate(), monday, workingDays))).toBe('ALREADY_AT_BOTTOM');
    });

    it('requires a reason', () => {
      expect(errorOf(transition(fresh(), escalate(fresh(), '   '), monday, workingDays))).toBe('REASON_REQUIRED');
      expect(errorOf(transition(fresh(), deEscalate(''), monday, workingDays))).toBe('REASON_REQUIRED');
    });
  });

  describe('a parked item', () => {
    const until = at('2026-04-01T09:00:00+02:00');
    const parked = () => ok(transition(fresh(), { type: 'PARK', until, reason: 'Wacht op het antwoord van SZW' }, monday, workingDays)).next;

    it('stops the clock until its date: it does not move, however long it waits', () => {
      expect(parked()).toEqual(expect.objectContaining({ status: 'GEPARKEERD', parkedUntil: until, period: 1 }));
      expect(dueTimes(parked(), workingDays)).toEqual({ nextEscalationAt: null, earlyWarningAt: null });
      expect(tick(parked(), at('2026-03-31T23:59:00+02:00')).next).toEqual(parked());
      expect(isStalled(parked(), at('2026-03-31T23:59:00+02:00'), workingDays)).toBe(false);
    });

    it('runs again from its park date, with a fresh clock', () => {
      const resumed = tick(parked(), until);
      expect(resumed.next).toEqual(expect.objectContaining({ status: 'OPEN', parkedUntil: null, clockStartedAt: until, period: 2 }));
      expect(resumed.effects).toEqual([]);
    });

    it('can be unparked by hand', () => {
      const when = at('2026-03-10T09:00:00+01:00');
      expect(ok(transition(parked(), { type: 'UNPARK' }, when, workingDays)).next).toEqual(
        expect.objectContaining({ status: 'OPEN', clockStartedAt: when }),
      );
      expect(errorOf(transition(fresh(), { type: 'UNPARK' }, when, workingDays))).toBe('INVALID_TRANSITION');
    });

    it('refuses a park date that is not in the future, a missing reason, and parking twice', () => {
      expect(errorOf(transition(fresh(), { type: 'PARK', until: monday, reason: 'x' }, monday, workingDays))).toBe('PARK_DATE_IN_PAST');
      expect(errorOf(transition(fresh(), { type: 'PARK', until, reason: ' ' }, monday, workingDays))).toBe('REASON_REQUIRED');
      expect(errorOf(transition(parked(), { type: 'PARK', until, reason: 'x' }, monday, workingDays))).toBe('INVALID_TRANSITION');
    });

    it('cannot be escalated until it is unparked', () => {
      expect(errorOf(transition(parked(), { type: 'ESCALATE', reason: 'x', people: people() }, monday, workingDays))).toBe('INVALID_TRANSITION');
    });
  });

  describe('a resolved or withdrawn item', () => {
    it('records the rung where it was resolved and never moves again', () => {
      const { state, now } = climbTo('RIJKSVERTEGENWOORDIGER');
      const result = ok(transition(state, { type: 'RESOLVE', reason: 'Maatwerk toegestaan' }, now, seconds));
      expect(result.next).toEqual(expect.objectContaining({ status: 'OPGELOST', rung: 'RIJKSVERTEGENWOORDIGER' }));
      expect(result.effects).toEqual([
        expect.objectContaining({ type: 'RECORD_ESCALATION', cause: 'RESOLVED', from: 'RIJKSVERTEGENWOORDIGER', to: 'RIJKSVERTEGENWOORDIGER' }),
      ]);
      expect(dueTimes(result.next, seconds).nextEscalationAt).toBeNull();
      expect(tick(result.next, plusSeconds(now, 86_400), seconds).next).toBe(result.next);
      expect(errorOf(transition(result.next, { type: 'ESCALATE', reason: 'x', people: people() }, now, seconds))).toBe('INVALID_TRANSITION');
      expect(errorOf(transition(result.next, { type: 'RESOLVE', reason: null }, now, seconds))).toBe('INVALID_TRANSITION');
      expect(errorOf(transition(result.next, { type: 'WITHDRAW' }, now, seconds))).toBe('INVALID_TRANSITION');
    });

    it('can be resolved while parked, and withdrawn', () => {
      const parked = ok(transition(fresh(), { type: 'PARK', until: at('2026-04-01T09:00:00+02:00'), reason: 'x' }, monday, workingDays)).next;
      expect(ok(transition(parked, { type: 'RESOLVE', reason: null }, monday, workingDays)).next).toEqual(
        expect.objectContaining({ status: 'OPGELOST', parkedUntil: null }),
      );
      const withdrawn = ok(transition(fresh(), { type: 'WITHDRAW' }, monday, workingDays));
      expect(withdrawn.next.status).toBe('INGETROKKEN');
      expect(withdrawn.effects).toEqual([]);
    });
  });

  describe('a doorbraak', () => {
    it('waits off the ladder as an idea, and starts at the programme bureau when it runs', () => {
      const idea = newItemState('DOORBRAAK', 'IDEE', monday);
      expect(idea.rung).toBeNull();
      expect(dueTimes(idea, workingDays).nextEscalationAt).toBeNull();
      expect(tick(idea, at('2027-01-01T00:00:00Z')).effects).toEqual([]);
      const started = ok(transition(idea, { type: 'START' }, monday, workingDays)).next;
      expect(started).toEqual(expect.objectContaining({ status: 'LOPEND', rung: 'PROGRAMMABUREAU', clockStartedAt: monday }));
      expect(errorOf(transition(started, { type: 'START' }, monday, workingDays))).toBe('INVALID_TRANSITION');
      expect(errorOf(transition(fresh(), { type: 'START' }, monday, workingDays))).toBe('INVALID_TRANSITION');
    });

    it('climbs like a vastloper while running, cannot be parked, and is achieved (BEREIKT) or stopped (GESTOPT)', () => {
      const running = newItemState('DOORBRAAK', 'LOPEND', monday);
      expect(tick(running, at('2026-03-23T09:00:00+01:00')).next.rung).toBe('ALLIANTIE');
      expect(errorOf(transition(running, { type: 'PARK', until: at('2026-04-01T09:00:00+02:00'), reason: 'x' }, monday, workingDays))).toBe(
        'INVALID_TRANSITION',
      );
      expect(ok(transition(running, { type: 'RESOLVE', reason: null }, monday, workingDays)).next.status).toBe('BEREIKT');
      expect(ok(transition(running, { type: 'WITHDRAW' }, monday, workingDays)).next.status).toBe('GESTOPT');
      const idea = newItemState('DOORBRAAK', 'IDEE', monday);
      expect(ok(transition(idea, { type: 'RESOLVE', reason: null }, monday, workingDays)).effects).toEqual([]);
    });
  });

  describe('a national dossier', () => {
    it('waits off the ladder while proposed, and opens at INTERDEPARTEMENTAAL when accepted', () => {
      const proposed = newItemState('DOSSIER', 'PROPOSED', monday);
      expect(proposed.rung).toBeNull();
      expect(dueTimes(proposed, workingDays).nextEscalationAt).toBeNull();
      const accepted = ok(transition(proposed, { type: 'START' }, monday, workingDays)).next;
      expect(accepted).toEqual(expect.objectContaining({ status: 'OPEN', rung: 'INTERDEPARTEMENTAAL', clockStartedAt: monday }));
      expect(newItemState('DOSSIER', 'OPEN', monday)).toEqual(expect.objectContaining({ rung: 'INTERDEPARTEMENTAAL', rungEnteredAt: monday }));
      expect(errorOf(transition(accepted, { type: 'START' }, monday, workingDays))).toBe('INVALID_TRANSITION');
    });

    it('stalls once onto the doorbraakoverleg agenda, is flagged overdue there, and goes no lower than INTERDEPARTEMENTAAL', () => {
      const open = newItemState('DOSSIER', 'OPEN', monday);
      const stalledAt = dueTimes(open, seconds).nextEscalationAt as Date;
      const moved = tick(open, stalledAt, seconds);
      expect(moved.next).toEqual(expect.objectContaining({ rung: 'DOORBRAAKOVERLEG', status: 'OPEN', period: 1 }));
      expect(moved.effects).toEqual([
        expect.objectContaining({ type: 'RECORD_ESCALATION', from: 'INTERDEPARTEMENTAAL', to: 'DOORBRAAKOVERLEG', cause: 'STALLED', period: 0 }),
        { type: 'PLACE_ON_AGENDA', rung: 'DOORBRAAKOVERLEG', meetingType: 'DOORBRAAKOVERLEG' },
        expect.objectContaining({ type: 'NOTIFY', kind: 'ESCALATED', recipients: ['coordinator', 'owner', 'director'] }),
      ]);
      expect(tick(moved.next, plusSeconds(stalledAt, 11), seconds).next.overdueAt).not.toBeNull();
      // Nobody holds the programme team's rung: going down still stops at the national floor.
      const down = ok(transition(moved.next, { type: 'DE_ESCALATE', reason: 'Terug', people: people({ INTERDEPARTEMENTAAL: [] }) }, stalledAt, seconds));
      expect(down.next.rung).toBe('INTERDEPARTEMENTAAL');
      expect(errorOf(transition(down.next, { type: 'DE_ESCALATE', reason: 'Terug', people: people() }, stalledAt, seconds))).toBe('ALREADY_AT_BOTTOM');
    });

    it('restarts its clock on progress, and is closed (not resolved or stopped)', () => {
      const open = newItemState('DOSSIER', 'OPEN', monday);
      const later = plusSeconds(monday, 5);
      const progressed = ok(transition(open, { type: 'PROGRESS' }, later, seconds)).next;
      expect(dueTimes(progressed, seconds).nextEscalationAt).toEqual(plusSeconds(later, 10));
      expect(ok(transition(open, { type: 'RESOLVE', reason: null }, later, seconds)).next.status).toBe('CLOSED');
      expect(ok(transition(open, { type: 'WITHDRAW' }, later, seconds)).next.status).toBe('CLOSED');
      expect(errorOf(transition(open, { type: 'PARK', until: plusSeconds(later, 60), reason: 'x' }, later, seconds))).toBe('INVALID_TRANSITION');
    });
  });

  it('computes nothing due for a ladder it cannot read', () => {
    const broken: Ladder = DEFAULT_LADDER.filter((setting) => setting.rung !== 'PROGRAMMABUREAU');
    expect(() => dueTimes(fresh(), { ladder: broken, calendar: DEFAULT_CALENDAR })).toThrow(RangeError);
  });
});
