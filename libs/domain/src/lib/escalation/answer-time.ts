import { addWorkingDays } from '../calendar/working-days';
import { DEFAULT_CALENDAR, type CalendarSettings } from '../calendar/dutch-holidays';
import { ESCALATION_RUNGS, nextRung, rungIndex, type EscalationRung } from '../ladder';
import type { Action } from '../policy';
import type { ItemPeople } from './rung-holders';

// DOMAIN §5 AnswerClock: what a ministry owes once an item reaches it. The clock is the same for a
// vastloper at a ministry rung and for a national dossier with an owning ministry; only who answers differs.

// From the rijksvertegenwoordiger up, the item lies with the Rijk.
export const MINISTRY_RUNGS = ESCALATION_RUNGS.filter((rung) => rungIndex(rung) >= rungIndex('RIJKSVERTEGENWOORDIGER'));

export const isMinistryRung = (rung: EscalationRung | null): boolean => rung !== null && rungIndex(rung) >= rungIndex('RIJKSVERTEGENWOORDIGER');

export type AnswerTimeSettings = { readonly acknowledgeWorkingDays: number; readonly answerWorkingDays: number };

export const DEFAULT_ANSWER_TIME: AnswerTimeSettings = { acknowledgeWorkingDays: 10, answerWorkingDays: 30 };

// About a year: a ministry that may take longer owes nothing anyone can follow.
export const MAX_ANSWER_WORKING_DAYS = 250;

// Both periods count from the moment the item reached the ministry, so the answer cannot be due before
// the acknowledgement. Null when the settings are valid.
export const answerTimeProblem = (settings: AnswerTimeSettings): string | null => {
  const valid = (days: number): boolean => Number.isInteger(days) && days > 0 && days <= MAX_ANSWER_WORKING_DAYS;
  if (!valid(settings.acknowledgeWorkingDays) || !valid(settings.answerWorkingDays)) {
    return `Working days are whole numbers from 1 to ${MAX_ANSWER_WORKING_DAYS}.`;
  }
  if (settings.answerWorkingDays < settings.acknowledgeWorkingDays) {
    return 'The answer cannot be due before the acknowledgement.';
  }
  return null;
};

// An alliance's own setting wins over the national one, which wins over the default.
export const effectiveAnswerTime = (national: AnswerTimeSettings | null, alliance: AnswerTimeSettings | null): AnswerTimeSettings =>
  alliance ?? national ?? DEFAULT_ANSWER_TIME;

export type AnswerDeadlines = { readonly acknowledgeBy: Date; readonly answerBy: Date };

// Working days in Amsterdam, without weekends and Dutch public holidays; a clock started outside
// working hours of a working day starts at the next working day's midnight, as the stall clock does.
export const answerDeadlines = (
  reachedMinistryAt: Date,
  settings: AnswerTimeSettings,
  calendar: CalendarSettings = DEFAULT_CALENDAR,
): AnswerDeadlines => ({
  acknowledgeBy: addWorkingDays(reachedMinistryAt, settings.acknowledgeWorkingDays, calendar),
  answerBy: addWorkingDays(reachedMinistryAt, settings.answerWorkingDays, calendar),
});

export const ANSWER_FLAGS = ['NONE', 'ACK_OVERDUE', 'ANSWER_OVERDUE'] as const;
export type AnswerFlag = (typeof ANSWER_FLAGS)[number];

export type AnswerClock = {
  readonly reachedMinistryAt: Date;
  readonly acknowledgeBy: Date;
  readonly answerBy: Date;
  readonly acknowledgedAt: Date | null;
  readonly answeredAt: Date | null;
  // The item left the ministry rungs, or was resolved or withdrawn: nothing is owed any more.
  readonly closedAt: Date | null;
};

// An answer clears everything; an acknowledgement clears ACK_OVERDUE, but the answer can still be late.
export const answerFlag = (clock: AnswerClock, now: Date): AnswerFlag => {
  if (clock.answeredAt !== null || clock.closedAt !== null) {
    return 'NONE';
  }
  if (clock.acknowledgedAt === null && now.getTime() >= clock.acknowledgeBy.getTime()) {
    return 'ACK_OVERDUE';
  }
  return now.getTime() >= clock.answerBy.getTime() ? 'ANSWER_OVERDUE' : 'NONE';
};

export const ANSWER_TIME_ERROR_CODES = ['NOT_AT_MINISTRY', 'ALREADY_ACKNOWLEDGED', 'ALREADY_ANSWERED'] as const;
export type AnswerTimeErrorCode = (typeof ANSWER_TIME_ERROR_CODES)[number];

export type AnswerCommand = { readonly type: 'ACKNOWLEDGE' } | { readonly type: 'ANSWER' };

export type AnswerCommandResult =
  | { readonly ok: true; readonly acknowledgedAt: Date; readonly answeredAt: Date | null }
  | { readonly ok: false; readonly code: AnswerTimeErrorCode; readonly message: string };

// An answer acknowledges too, when no one did before. `clock` is the open clock, null when the item is not
// (or no longer) at the ministry.
export const applyAnswerCommand = (clock: AnswerClock | null, command: AnswerCommand, now: Date): AnswerCommandResult => {
  if (clock === null || clock.closedAt !== null) {
    return { ok: false, code: 'NOT_AT_MINISTRY', message: 'The item does not lie with a ministry now.' };
  }
  if (clock.answeredAt !== null) {
    return { ok: false, code: 'ALREADY_ANSWERED', message: 'The ministry already answered.' };
  }
  if (command.type === 'ACKNOWLEDGE') {
    return clock.acknowledgedAt !== null
      ? { ok: false, code: 'ALREADY_ACKNOWLEDGED', message: 'The ministry already acknowledged the item.' }
      : { ok: true, acknowledgedAt: now, answeredAt: null };
  }
  return { ok: true, acknowledgedAt: clock.acknowledgedAt ?? now, answeredAt: now };
};

// Who owns the item at the ministry: the alliance's rijksvertegenwoordiger at their rung; at the national
// rungs, whoever holds that rung (the national coordinators, DOMAIN §3). Null below the ministry.
export const ministryAnswerAction = (rung: EscalationRung | null): Action | null => {
  switch (rung) {
    case 'RIJKSVERTEGENWOORDIGER':
      return 'item.answerAtMinistry';
    case 'INTERDEPARTEMENTAAL':
    case 'DOORBRAAKOVERLEG':
      return 'item.answerNationally';
    case 'PROGRAMMABUREAU':
    case 'ALLIANTIE':
    case null:
      return null;
  }
};

// A late ministry is told upward: the holders of the next rung that has any (an empty rung is passed
// over, as on the ladder); at the top, where nobody is above, the doorbraakoverleg's own holders.
export const answerOverdueRecipients = (rung: EscalationRung, people: ItemPeople): string[] => {
  for (let above = nextRung(rung); above !== null; above = nextRung(above)) {
    if (people.holders[above].length > 0) {
      return [...people.holders[above]];
    }
  }
  return [...people.holders['DOORBRAAKOVERLEG']];
};
