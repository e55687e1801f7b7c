import { formatDutchDateTime } from '../calendar/local-date';
import type { EscalationCause, NotificationKind } from '../items';
import { meetingTypeOfRung, TOP_RUNG, type EscalationRung } from '../ladder';
import type { MeetingType } from '../meetings';
import { dueTimes, firstRungOf, rungsOf, type LadderRules, type LadderState } from './ladder-state';
import {
  arrivalRecipients,
  earlyWarningRecipients,
  EMPTY_RUNG_REASONS,
  RUNG_LABELS,
  type ItemPeople,
} from './rung-holders';
import { describeStallTime, stallTimeOf } from './stall-clock';
import { phaseOfStatus, type LadderStatus } from './status-transitions';

// What can happen to an item on the ladder. TICK is the worker looking at an item that is due.
export type LadderEvent =
  | { readonly type: 'PROGRESS' }
  | { readonly type: 'ACKNOWLEDGE' }
  | { readonly type: 'TICK'; readonly people: ItemPeople }
  | { readonly type: 'ESCALATE'; readonly reason: string; readonly people: ItemPeople }
  | { readonly type: 'DE_ESCALATE'; readonly reason: string; readonly people: ItemPeople }
  | { readonly type: 'PARK'; readonly until: Date; readonly reason: string }
  | { readonly type: 'UNPARK' }
  | { readonly type: 'START' }
  | { readonly type: 'RESOLVE'; readonly reason: string | null }
  | { readonly type: 'WITHDRAW' };

export type SkippedRung = { readonly rung: EscalationRung; readonly reason: string };

export type LadderEffect =
  | {
      readonly type: 'RECORD_ESCALATION';
      readonly from: EscalationRung | null;
      readonly to: EscalationRung;
      readonly cause: EscalationCause;
      readonly reason: string | null;
      readonly skipped: readonly SkippedRung[];
      // The stall period that ended (STALLED events are unique per item, rung and period).
      readonly period: number;
    }
  | { readonly type: 'PLACE_ON_AGENDA'; readonly rung: EscalationRung; readonly meetingType: MeetingType }
  | {
      readonly type: 'NOTIFY';
      readonly kind: NotificationKind;
      readonly rung: EscalationRung;
      readonly recipients: readonly string[];
      readonly message: string;
    };

export const LADDER_ERROR_CODES = [
  'INVALID_TRANSITION',
  'ALREADY_ACKNOWLEDGED',
  'ALREADY_AT_TOP',
  'ALREADY_AT_BOTTOM',
  'PARK_DATE_IN_PAST',
  'REASON_REQUIRED',
] as const;
export type LadderErrorCode = (typeof LADDER_ERROR_CODES)[number];

export type LadderError = { readonly code: LadderErrorCode; readonly message: string };

export type TransitionResult =
  | { readonly ok: true; readonly next: LadderState; readonly effects: readonly LadderEffect[] }
  | { readonly ok: false; readonly error: LadderError };

const fail = (code: LadderErrorCode, message: string): TransitionResult => ({ ok: false, error: { code, message } });

const unchanged = (state: LadderState): TransitionResult => ({ ok: true, next: state, effects: [] });

// Real progress (DOMAIN §3 rule 6) restarts the clock at the current rung.
export const restartClock = (state: LadderState, now: Date): LadderState => ({
  ...state,
  clockStartedAt: now,
  overdueAt: null,
  period: state.period + 1,
});

// Arriving at a rung: a new holder, a new clock, a new chance to acknowledge and to be warned.
export const arrive = (state: LadderState, rung: EscalationRung, now: Date): LadderState => ({
  ...state,
  status: state.status === 'IN_BEHANDELING' ? 'OPEN' : state.status,
  rung,
  rungEnteredAt: now,
  clockStartedAt: now,
  acknowledgedAt: null,
  earlyWarningSentAt: null,
  overdueAt: null,
  period: state.period + 1,
});

// One rung up or down the rungs this kind climbs, skipping rungs nobody holds (rule 7); the ends of the
// ladder are never skipped.
const targetRung = (
  rungs: readonly EscalationRung[],
  from: EscalationRung,
  direction: 1 | -1,
  people: ItemPeople,
): { to: EscalationRung; skipped: SkippedRung[] } | null => {
  const skipped: SkippedRung[] = [];
  for (let index = rungs.indexOf(from) + direction; index >= 0 && index < rungs.length; index += direction) {
    const rung = rungs[index];
    const isEnd = index === 0 || index === rungs.length - 1;
    if (people.holders[rung].length > 0 || isEnd) {
      return { to: rung, skipped };
    }
    skipped.push({ rung, reason: EMPTY_RUNG_REASONS[rung] });
  }
  return null;
};

const skipText = (skipped: readonly SkippedRung[]): string =>
  skipped.map((skip) => ` ${RUNG_LABELS[skip.rung]} is overgeslagen: ${skip.reason}.`).join('');

const move = (
  state: LadderState,
  cause: 'STALLED' | 'MANUAL' | 'DE_ESCALATED',
  reason: string,
  people: ItemPeople,
  now: Date,
): TransitionResult => {
  const from = state.rung as EscalationRung;
  const target = targetRung(rungsOf(state.kind), from, cause === 'DE_ESCALATED' ? -1 : 1, people);
  if (!target) {
    return cause === 'DE_ESCALATED'
      ? fail('ALREADY_AT_BOTTOM', 'The item is already on the bottom rung of the ladder.')
      : fail('ALREADY_AT_TOP', 'The item is already on the top rung of the ladder.');
  }
  const { to, skipped } = target;
  const effects: LadderEffect[] = [
    {
      type: 'RECORD_ESCALATION',
      from,
      to,
      cause,
      reason: `${reason}${skipText(skipped)}`,
      skipped,
      period: state.period,
    },
  ];
  const meetingType = meetingTypeOfRung(to);
  if (meetingType && cause !== 'DE_ESCALATED') {
    effects.push({ type: 'PLACE_ON_AGENDA', rung: to, meetingType });
  }
  effects.push({
    type: 'NOTIFY',
    kind: 'ESCALATED',
    rung: to,
    recipients: arrivalRecipients(to, people),
    message:
      cause === 'DE_ESCALATED'
        ? `Teruggelegd bij ${RUNG_LABELS[to]}: ${reason}`
        : `Geëscaleerd naar ${RUNG_LABELS[to]}: ${reason}${skipText(skipped)}`,
  });
  return { ok: true, next: arrive(state, to, now), effects };
};

const stallReason = (state: LadderState, rules: LadderRules): string => {
  const rung = state.rung as EscalationRung;
  return `Geen voortgang binnen ${describeStallTime(stallTimeOf(rules.ladder, rung))} bij ${RUNG_LABELS[rung]}.`;
};

const tick = (state: LadderState, people: ItemPeople, now: Date, rules: LadderRules): TransitionResult => {
  const phase = phaseOfStatus(state.status);
  if (phase === 'PARKED') {
    // The park date has passed: the clock runs again from now.
    return state.parkedUntil !== null && now >= state.parkedUntil
      ? { ok: true, next: { ...restartClock(state, now), status: 'OPEN', parkedUntil: null }, effects: [] }
      : unchanged(state);
  }
  if (phase !== 'RUNNING') {
    return unchanged(state);
  }
  const rung = state.rung as EscalationRung;
  const { nextEscalationAt, earlyWarningAt } = dueTimes(state, rules);
  if (nextEscalationAt !== null && now >= nextEscalationAt) {
    if (rung !== TOP_RUNG) {
      return move(state, 'STALLED', stallReason(state, rules), people, now);
    }
    return {
      ok: true,
      next: { ...state, overdueAt: now },
      effects: [
        {
          type: 'NOTIFY',
          kind: 'OVERDUE',
          rung,
          recipients: arrivalRecipients(rung, people),
          message: `Te lang zonder voortgang bij ${RUNG_LABELS[rung]}: ${stallReason(state, rules)}`,
        },
      ],
    };
  }
  if (earlyWarningAt !== null && now >= earlyWarningAt) {
    return {
      ok: true,
      next: { ...state, earlyWarningSentAt: now },
      effects: [
        {
          type: 'NOTIFY',
          kind: 'EARLY_WARNING',
          rung,
          recipients: earlyWarningRecipients(rung, people),
          message: `Dreigt vast te lopen bij ${RUNG_LABELS[rung]}: zonder voortgang escaleert het item op ${formatDutchDateTime(nextEscalationAt as Date)}.`,
        },
      ],
    };
  }
  return unchanged(state);
};

const closedStatus = (state: LadderState, how: 'RESOLVE' | 'WITHDRAW'): LadderStatus => {
  switch (state.kind) {
    case 'VASTLOPER':
      return how === 'RESOLVE' ? 'OPGELOST' : 'INGETROKKEN';
    case 'DOORBRAAK':
      return how === 'RESOLVE' ? 'BEREIKT' : 'GESTOPT';
    case 'DOSSIER':
      return 'CLOSED';
  }
};

const blank = (text: string | null): boolean => text === null || text.trim().length === 0;

// The ladder's rules (DOMAIN §3): the service loads the state, calls this, and carries out the effects.
export const transition = (state: LadderState, event: LadderEvent, now: Date, rules: LadderRules): TransitionResult => {
  const phase = phaseOfStatus(state.status);
  const invalid = (): TransitionResult =>
    fail('INVALID_TRANSITION', `This is not possible for an item with status ${state.status}.`);
  switch (event.type) {
    case 'TICK':
      return tick(state, event.people, now, rules);
    case 'PROGRESS':
      // A note on a parked, closed or not yet started item is history, but moves no clock.
      return phase === 'RUNNING' ? { ok: true, next: restartClock(state, now), effects: [] } : unchanged(state);
    case 'ACKNOWLEDGE':
      if (phase !== 'RUNNING') {
        return invalid();
      }
      if (state.acknowledgedAt !== null) {
        return fail('ALREADY_ACKNOWLEDGED', 'The item was already acknowledged on this rung.');
      }
      return {
        ok: true,
        next: {
          ...restartClock(state, now),
          status: state.kind === 'VASTLOPER' ? 'IN_BEHANDELING' : state.status,
          acknowledgedAt: now,
        },
        effects: [],
      };
    case 'ESCALATE':
    case 'DE_ESCALATE':
      if (phase !== 'RUNNING') {
        return invalid();
      }
      if (blank(event.reason)) {
        return fail('REASON_REQUIRED', 'Enter a reason.');
      }
      return move(state, event.type === 'ESCALATE' ? 'MANUAL' : 'DE_ESCALATED', event.reason.trim(), event.people, now);
    case 'PARK':
      if (state.kind !== 'VASTLOPER' || phase !== 'RUNNING') {
        return invalid();
      }
      if (blank(event.reason)) {
        return fail('REASON_REQUIRED', 'Enter a reason.');
      }
      if (event.until <= now) {
        return fail('PARK_DATE_IN_PAST', 'The date until which the item is parked must lie in the future.');
      }
      // The clock stops; a new period makes any job still queued for the old clock a no-op.
      return { ok: true, next: { ...state, status: 'GEPARKEERD', parkedUntil: event.until, period: state.period + 1 }, effects: [] };
    case 'UNPARK':
      if (phase !== 'PARKED') {
        return invalid();
      }
      return { ok: true, next: { ...restartClock(state, now), status: 'OPEN', parkedUntil: null }, effects: [] };
    case 'START':
      // A doorbraak starts running; a proposed dossier is accepted.
      if (state.kind === 'VASTLOPER' || phase !== 'NOT_STARTED') {
        return invalid();
      }
      return {
        ok: true,
        next: arrive({ ...state, status: state.kind === 'DOORBRAAK' ? 'LOPEND' : 'OPEN' }, firstRungOf(state.kind), now),
        effects: [],
      };
    case 'RESOLVE':
    case 'WITHDRAW': {
      if (phase === 'CLOSED') {
        return invalid();
      }
      const next: LadderState = {
        ...state,
        status: closedStatus(state, event.type),
        parkedUntil: null,
        period: state.period + 1,
      };
      const effects: LadderEffect[] =
        event.type === 'RESOLVE' && state.rung !== null
          ? [
              {
                type: 'RECORD_ESCALATION',
                from: state.rung,
                to: state.rung,
                cause: 'RESOLVED',
                reason: event.reason,
                skipped: [],
                period: state.period,
              },
            ]
          : [];
      return { ok: true, next, effects };
    }
  }
};
