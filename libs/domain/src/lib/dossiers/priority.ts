import { DEFAULT_CALENDAR, type CalendarSettings } from '../calendar/dutch-holidays';
import { amsterdamDateOf } from '../calendar/local-date';
import { workingDaysBetween } from '../calendar/working-days';
import type { MeetingStatus, MeetingType } from '../meetings';

// The agenda composer of the doorbraakoverleg (DOMAIN §5 PriorityVote): candidates ranked by one stated
// formula, which rijksvertegenwoordigers push with a fixed number of votes per meeting.

// Every rijksvertegenwoordiger has this many votes per meeting. A constant rather than a setting: the
// programme sets it once for everyone, and a change applies to the next meeting's votes as well as the
// current ones (the limit is checked when a vote is cast, never stored with it).
export const PRIORITY_VOTES_PER_MEETING = 5;

// Voting closes when the agenda is published, and at the latest this many hours before the meeting,
// so the coordinator has time to compose the agenda from the final ranking.
export const VOTING_CLOSES_HOURS_BEFORE_MEETING = 48;

export const PRIORITY_FACTORS = ['ALLIANCES', 'INHABITANTS', 'WORKING_DAYS_STUCK', 'ESCALATIONS', 'UNANSWERED_MINISTRIES', 'VOTES'] as const;
export type PriorityFactor = (typeof PRIORITY_FACTORS)[number];

// Points per unit of each factor. Inhabitants count per 10,000; working days stuck count up to a cap, so
// one very old item cannot outweigh everything the doorbraakoverleg can still unblock.
export const PRIORITY_WEIGHTS: Readonly<Record<PriorityFactor, number>> = {
  ALLIANCES: 10,
  INHABITANTS: 1,
  WORKING_DAYS_STUCK: 0.5,
  ESCALATIONS: 5,
  UNANSWERED_MINISTRIES: 15,
  VOTES: 8,
};
export const INHABITANTS_UNIT = 10_000;
export const WORKING_DAYS_STUCK_CAP = 120;

export type PriorityInputs = {
  // Alliances whose vastlopers the candidate is (or carries), and the inhabitants of their focus areas.
  readonly alliances: number;
  readonly inhabitants: number;
  // Since the last real progress (an item's stall clock; a dossier's last note, or its opening).
  readonly stuckSince: Date;
  // Moves up the ladder (STALLED or MANUAL) of the vastloper, or of the vastlopers a dossier carries.
  readonly escalations: number;
  // Ministries whose answer clock is flagged (not acknowledged or not answered in time).
  readonly unansweredMinistries: number;
  readonly votes: number;
};

// One part of the score: the factor, its value (the working days for WORKING_DAYS_STUCK), and the points.
export type PriorityReason = { readonly factor: PriorityFactor; readonly value: number; readonly points: number };
export type PriorityScore = { readonly score: number; readonly reasons: readonly PriorityReason[] };

const tenths = (value: number): number => Math.round(value * 10) / 10;

export const priorityScore = (inputs: PriorityInputs, now: Date, calendar: CalendarSettings = DEFAULT_CALENDAR): PriorityScore => {
  const from = amsterdamDateOf(inputs.stuckSince);
  const to = amsterdamDateOf(now);
  const days = from < to ? workingDaysBetween(from, to, calendar) : 0;
  const values: Record<PriorityFactor, number> = {
    ALLIANCES: inputs.alliances,
    INHABITANTS: inputs.inhabitants,
    WORKING_DAYS_STUCK: days,
    ESCALATIONS: inputs.escalations,
    UNANSWERED_MINISTRIES: inputs.unansweredMinistries,
    VOTES: inputs.votes,
  };
  const units: Record<PriorityFactor, number> = {
    ...values,
    INHABITANTS: inputs.inhabitants / INHABITANTS_UNIT,
    WORKING_DAYS_STUCK: Math.min(days, WORKING_DAYS_STUCK_CAP),
  };
  const reasons = PRIORITY_FACTORS.map((factor) => ({ factor, value: values[factor], points: tenths(units[factor] * PRIORITY_WEIGHTS[factor]) }));
  return { score: tenths(reasons.reduce((sum, reason) => sum + reason.points, 0)), reasons };
};

// Highest score first; ties go to the candidate stuck longest, then by id, so the order is stable.
export const byPriority = <T extends { readonly id: string; readonly score: number; readonly stuckSince: Date }>(a: T, b: T): number =>
  b.score - a.score || a.stuckSince.getTime() - b.stuckSince.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const votingClosesAt = (scheduledAt: Date): Date => new Date(scheduledAt.getTime() - VOTING_CLOSES_HOURS_BEFORE_MEETING * 3_600_000);

export type VotingMeeting = { readonly type: MeetingType; readonly status: MeetingStatus; readonly scheduledAt: Date };

// Votes are for a doorbraakoverleg whose agenda is still a draft, until the closing moment.
export const isVotingOpen = (meeting: VotingMeeting, now: Date): boolean =>
  meeting.type === 'DOORBRAAKOVERLEG' && meeting.status === 'DRAFT' && now.getTime() < votingClosesAt(meeting.scheduledAt).getTime();

export type VoteCheck = 'OK' | 'INVALID_VOTES' | 'VOTES_EXHAUSTED';

// Whether `adding` more votes fit beside the `cast` ones a person already gave at this meeting.
export const checkVotes = (cast: number, adding: number, limit: number = PRIORITY_VOTES_PER_MEETING): VoteCheck => {
  if (!Number.isInteger(adding) || adding < 1 || adding > limit) {
    return 'INVALID_VOTES';
  }
  return cast + adding > limit ? 'VOTES_EXHAUSTED' : 'OK';
};
