import {
  answerDeadlines,
  answerFlag,
  answerOverdueRecipients,
  answerTimeProblem,
  applyAnswerCommand,
  DEFAULT_ANSWER_TIME,
  effectiveAnswerTime,
  isMinistryRung,
  MAX_ANSWER_WORKING_DAYS,
  MINISTRY_RUNGS,
  ministryAnswerAction,
  type AnswerClock,
} from './answer-time';
import type { ItemPeople } from './rung-holders';

// Amsterdam wall-clock time to an instant: +01:00 in winter, +02:00 in summer.
const at = (iso: string): Date => new Date(iso);

const clock = (fields: Partial<AnswerClock> = {}): AnswerClock => ({
  reachedMinistryAt: at('2026-03-02T09:00:00+01:00'),
  acknowledgeBy: at('2026-03-16T09:00:00+01:00'),
  answerBy: at('2026-04-14T09:00:00+02:00'),
  acknowledgedAt: null,
  answeredAt: null,
  closedAt: null,
  ...fields,
});

describe('the answer time of a ministry (DOMAIN §5 AnswerClock)', () => {
  describe('deadlines', () => {
    it('gives 10 working days to acknowledge and 30 to answer by default, from reaching the ministry', () => {
      expect(DEFAULT_ANSWER_TIME).toEqual({ acknowledgeWorkingDays: 10, answerWorkingDays: 30 });
      // Monday 2 March 2026 09:00: two weeks on for the acknowledgement; the answer steps over
      // Goede Vrijdag (3 April) and Easter Monday (6 April), and the change to summer time.
      expect(answerDeadlines(at('2026-03-02T09:00:00+01:00'), DEFAULT_ANSWER_TIME)).toEqual({
        acknowledgeBy: at('2026-03-16T09:00:00+01:00'),
        answerBy: at('2026-04-15T09:00:00+02:00'),
      });
    });

    it('steps over Koningsdag, Bevrijdingsdag and Hemelvaartsdag as configured', () => {
      const settings = { acknowledgeWorkingDays: 5, answerWorkingDays: 10 };
      // Friday 24 April 2026: Koningsdag on Monday 27 April, Bevrijdingsdag on Tuesday 5 May, Hemelvaart on 14 May.
      expect(answerDeadlines(at('2026-04-24T14:00:00+02:00'), settings)).toEqual({
        acknowledgeBy: at('2026-05-04T14:00:00+02:00'),
        answerBy: at('2026-05-12T14:00:00+02:00'),
      });
      expect(answerDeadlines(at('2026-04-24T14:00:00+02:00'), settings, { bevrijdingsdag: 'LUSTRUM' }).answerBy).toEqual(
        at('2026-05-11T14:00:00+02:00'),
      );
    });

    it('starts a clock that reached the ministry on a weekend at the next working day', () => {
      const reached = at('2026-12-26T11:00:00+01:00');
      // Saturday Tweede Kerstdag: the first working day is Monday 28 December; Nieuwjaarsdag is passed over.
      expect(answerDeadlines(reached, { acknowledgeWorkingDays: 1, answerWorkingDays: 5 })).toEqual({
        acknowledgeBy: at('2026-12-29T00:00:00+01:00'),
        answerBy: at('2027-01-05T00:00:00+01:00'),
      });
    });
  });

  describe('settings', () => {
    it('accepts whole working days with the answer not before the acknowledgement', () => {
      expect(answerTimeProblem(DEFAULT_ANSWER_TIME)).toBeNull();
      expect(answerTimeProblem({ acknowledgeWorkingDays: 5, answerWorkingDays: 5 })).toBeNull();
      expect(answerTimeProblem({ acknowledgeWorkingDays: 1, answerWorkingDays: MAX_ANSWER_WORKING_DAYS })).toBeNull();
    });

    it('refuses zero, fractions, too many days and an answer due before the acknowledgement', () => {
      expect(answerTimeProblem({ acknowledgeWorkingDays: 0, answerWorkingDays: 30 })).toMatch(/whole numbers/);
      expect(answerTimeProblem({ acknowledgeWorkingDays: 2.5, answerWorkingDays: 30 })).toMatch(/whole numbers/);
      expect(answerTimeProblem({ acknowledgeWorkingDays: 10, answerWorkingDays: MAX_ANSWER_WORKING_DAYS + 1 })).toMatch(/whole numbers/);
      expect(answerTimeProblem({ acknowledgeWorkingDays: 10, answerWorkingDays: 9 })).toMatch(/before the acknowledgement/);
    });

    it('lets the alliance override the national setting, which overrides the default', () => {
      const national = { acknowledgeWorkingDays: 5, answerWorkingDays: 20 };
      const alliance = { acknowledgeWorkingDays: 3, answerWorkingDays: 15 };
      expect(effectiveAnswerTime(null, null)).toEqual(DEFAULT_ANSWER_TIME);
      expect(effectiveAnswerTime(national, null)).toEqual(national);
      expect(effectiveAnswerTime(national, alliance)).toEqual(alliance);
    });
  });

  describe('the flag', () => {
    it('is NONE before the acknowledge-by moment and ACK_OVERDUE from it, without an acknowledgement', () => {
      expect(answerFlag(clock(), at('2026-03-16T08:59:59+01:00'))).toBe('NONE');
      expect(answerFlag(clock(), at('2026-03-16T09:00:00+01:00'))).toBe('ACK_OVERDUE');
      // Still ACK_OVERDUE once the answer is late too: the acknowledgement is what is missing first.
      expect(answerFlag(clock(), at('2026-05-01T09:00:00+02:00'))).toBe('ACK_OVERDUE');
    });

    it('clears ACK_OVERDUE with a (late) acknowledgement and shows ANSWER_OVERDUE after the answer-by moment', () => {
      const acknowledged = clock({ acknowledgedAt: at('2026-03-20T10:00:00+01:00') });
      expect(answerFlag(acknowledged, at('2026-03-20T10:00:00+01:00'))).toBe('NONE');
      expect(answerFlag(acknowledged, at('2026-04-14T09:00:00+02:00'))).toBe('ANSWER_OVERDUE');
    });

    it('is cleared by an answer, and by the item leaving the ministry', () => {
      const late = at('2026-06-01T09:00:00+02:00');
      expect(answerFlag(clock({ answeredAt: at('2026-05-01T09:00:00+02:00') }), late)).toBe('NONE');
      expect(answerFlag(clock({ closedAt: at('2026-03-03T09:00:00+01:00') }), late)).toBe('NONE');
    });
  });

  describe('acknowledging and answering', () => {
    const now = at('2026-03-05T12:00:00+01:00');

    it('acknowledges an open clock once', () => {
      expect(applyAnswerCommand(clock(), { type: 'ACKNOWLEDGE' }, now)).toEqual({ ok: true, acknowledgedAt: now, answeredAt: null });
      expect(applyAnswerCommand(clock({ acknowledgedAt: now }), { type: 'ACKNOWLEDGE' }, now)).toMatchObject({ ok: false, code: 'ALREADY_ACKNOWLEDGED' });
    });

    it('answers once, acknowledging too when nobody did', () => {
      expect(applyAnswerCommand(clock(), { type: 'ANSWER' }, now)).toEqual({ ok: true, acknowledgedAt: now, answeredAt: now });
      const earlier = at('2026-03-03T12:00:00+01:00');
      expect(applyAnswerCommand(clock({ acknowledgedAt: earlier }), { type: 'ANSWER' }, now)).toEqual({ ok: true, acknowledgedAt: earlier, answeredAt: now });
      expect(applyAnswerCommand(clock({ answeredAt: earlier }), { type: 'ANSWER' }, now)).toMatchObject({ ok: false, code: 'ALREADY_ANSWERED' });
      expect(applyAnswerCommand(clock({ answeredAt: earlier }), { type: 'ACKNOWLEDGE' }, now)).toMatchObject({ ok: false, code: 'ALREADY_ANSWERED' });
    });

    it('refuses both when the item is not at the ministry', () => {
      expect(applyAnswerCommand(null, { type: 'ACKNOWLEDGE' }, now)).toMatchObject({ ok: false, code: 'NOT_AT_MINISTRY' });
      expect(applyAnswerCommand(clock({ closedAt: now }), { type: 'ANSWER' }, now)).toMatchObject({ ok: false, code: 'NOT_AT_MINISTRY' });
    });
  });

  describe('who', () => {
    it('knows the ministry rungs', () => {
      expect(MINISTRY_RUNGS).toEqual(['RIJKSVERTEGENWOORDIGER', 'INTERDEPARTEMENTAAL', 'DOORBRAAKOVERLEG']);
      expect(isMinistryRung('ALLIANTIE')).toBe(false);
      expect(isMinistryRung(null)).toBe(false);
      expect(isMinistryRung('RIJKSVERTEGENWOORDIGER')).toBe(true);
    });

    it('lets the rijksvertegenwoordiger answer at their rung and the national coordinators above', () => {
      expect(ministryAnswerAction('PROGRAMMABUREAU')).toBeNull();
      expect(ministryAnswerAction('ALLIANTIE')).toBeNull();
      expect(ministryAnswerAction(null)).toBeNull();
      expect(ministryAnswerAction('RIJKSVERTEGENWOORDIGER')).toBe('item.answerAtMinistry');
      expect(ministryAnswerAction('INTERDEPARTEMENTAAL')).toBe('item.answerNationally');
      expect(ministryAnswerAction('DOORBRAAKOVERLEG')).toBe('item.answerNationally');
    });

    it('tells the holders of the next rung that has any, and at the top the top rung’s own', () => {
      const people: ItemPeople = {
        ownerId: 'owner',
        programmeDirectorIds: ['director'],
        holders: {
          PROGRAMMABUREAU: ['bureau'],
          ALLIANTIE: ['mayor'],
          RIJKSVERTEGENWOORDIGER: ['rv'],
          INTERDEPARTEMENTAAL: ['coordinator'],
          DOORBRAAKOVERLEG: ['coordinator', 'chair'],
        },
      };
      expect(answerOverdueRecipients('RIJKSVERTEGENWOORDIGER', people)).toEqual(['coordinator']);
      expect(answerOverdueRecipients('DOORBRAAKOVERLEG', people)).toEqual(['coordinator', 'chair']);
      const empty = { ...people, holders: { ...people.holders, INTERDEPARTEMENTAAL: [] } };
      expect(answerOverdueRecipients('RIJKSVERTEGENWOORDIGER', empty)).toEqual(['coordinator', 'chair']);
    });
  });
});
