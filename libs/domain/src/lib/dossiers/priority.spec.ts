import {
  byPriority,
  checkVotes,
  isVotingOpen,
  priorityScore,
  PRIORITY_FACTORS,
  PRIORITY_VOTES_PER_MEETING,
  votingClosesAt,
  type PriorityInputs,
} from './priority';
import { can, type Actor } from '../policy';
import { canOnMeeting } from '../meetings/meeting-access';
import { ROLES, type Role } from '../roles';

// Monday 7 December 2026, noon in Amsterdam.
const NOW = new Date('2026-12-07T11:00:00Z');

const inputs = (overrides: Partial<PriorityInputs> = {}): PriorityInputs => ({
  alliances: 1,
  inhabitants: 0,
  stuckSince: NOW,
  escalations: 0,
  unansweredMinistries: 0,
  votes: 0,
  ...overrides,
});

const pointsOf = (result: ReturnType<typeof priorityScore>): Record<string, number> =>
  Object.fromEntries(result.reasons.map((reason) => [reason.factor, reason.points]));

describe('the priority of a doorbraakoverleg candidate', () => {
  it('gives every factor as a reason, with its value and points, and adds the points up to the score', () => {
    const result = priorityScore(
      inputs({ alliances: 3, inhabitants: 125_000, stuckSince: new Date('2026-11-30T11:00:00Z'), escalations: 4, unansweredMinistries: 2, votes: 3 }),
      NOW,
    );
    expect(result.reasons.map((reason) => reason.factor)).toEqual([...PRIORITY_FACTORS]);
    expect(result.reasons).toEqual([
      { factor: 'ALLIANCES', value: 3, points: 30 },
      { factor: 'INHABITANTS', value: 125_000, points: 12.5 },
      { factor: 'WORKING_DAYS_STUCK', value: 5, points: 2.5 },
      { factor: 'ESCALATIONS', value: 4, points: 20 },
      { factor: 'UNANSWERED_MINISTRIES', value: 2, points: 30 },
      { factor: 'VOTES', value: 3, points: 24 },
    ]);
    expect(result.score).toBe(119);
  });

  it('counts working days stuck on the Dutch calendar: weekends and Christmas do not count', () => {
    // From Wednesday 23 December to Monday 28 December: the 24th, and the 28th (25th, 26th holidays, 27th Sunday).
    const result = priorityScore(inputs({ stuckSince: new Date('2026-12-23T09:00:00Z') }), new Date('2026-12-28T09:00:00Z'));
    expect(result.reasons.find((reason) => reason.factor === 'WORKING_DAYS_STUCK')).toEqual({ factor: 'WORKING_DAYS_STUCK', value: 2, points: 1 });
  });

  it('caps the points for working days stuck, but still shows the real number of days', () => {
    const result = priorityScore(inputs({ stuckSince: new Date('2024-01-01T09:00:00Z') }), NOW);
    const stuck = result.reasons.find((reason) => reason.factor === 'WORKING_DAYS_STUCK');
    expect(stuck?.value).toBeGreaterThan(500);
    expect(stuck?.points).toBe(60);
  });

  it('counts no days for progress today or a moment in the future', () => {
    expect(pointsOf(priorityScore(inputs({ stuckSince: new Date('2026-12-08T09:00:00Z') }), NOW))['WORKING_DAYS_STUCK']).toBe(0);
  });

  it('ranks one more vote above an otherwise equal candidate', () => {
    const without = priorityScore(inputs(), NOW).score;
    const withVote = priorityScore(inputs({ votes: 1 }), NOW).score;
    expect(withVote - without).toBe(8);
  });

  it('orders by score, then the longest stuck, then id', () => {
    const early = new Date('2026-01-01T00:00:00Z');
    const late = new Date('2026-06-01T00:00:00Z');
    const rows = [
      { id: 'c', score: 10, stuckSince: late },
      { id: 'b', score: 10, stuckSince: late },
      { id: 'a', score: 10, stuckSince: early },
      { id: 'd', score: 20, stuckSince: late },
    ];
    expect([...rows].sort(byPriority).map((row) => row.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(byPriority(rows[0], rows[0])).toBe(0);
  });
});

describe('voting on the doorbraakoverleg agenda', () => {
  const meeting = { type: 'DOORBRAAKOVERLEG' as const, status: 'DRAFT' as const, scheduledAt: new Date('2026-12-10T09:00:00Z') };

  it('closes 48 hours before the meeting', () => {
    expect(votingClosesAt(meeting.scheduledAt)).toEqual(new Date('2026-12-08T09:00:00Z'));
    expect(isVotingOpen(meeting, new Date('2026-12-08T08:59:59Z'))).toBe(true);
    expect(isVotingOpen(meeting, new Date('2026-12-08T09:00:00Z'))).toBe(false);
  });

  it('closes when the agenda is published, and is only for the doorbraakoverleg', () => {
    expect(isVotingOpen({ ...meeting, status: 'AGENDA_PUBLISHED' }, NOW)).toBe(false);
    expect(isVotingOpen({ ...meeting, status: 'CANCELLED' }, NOW)).toBe(false);
    expect(isVotingOpen({ ...meeting, type: 'ALLIANTIE' }, NOW)).toBe(false);
  });

  it('lets a person give up to the limit, several on one candidate, and no more', () => {
    expect(PRIORITY_VOTES_PER_MEETING).toBe(5);
    expect(checkVotes(0, 5)).toBe('OK');
    expect(checkVotes(3, 2)).toBe('OK');
    expect(checkVotes(4, 2)).toBe('VOTES_EXHAUSTED');
    expect(checkVotes(5, 1)).toBe('VOTES_EXHAUSTED');
  });

  it('refuses a number of votes that is not a whole number from one to the limit', () => {
    expect([0, -1, 1.5, 6, Number.NaN].map((votes) => checkVotes(0, votes))).toEqual(Array(5).fill('INVALID_VOTES'));
  });
});

describe('who votes and who composes', () => {
  const actorOf = (role: Role): Actor => ({ personId: 'p', memberships: [{ allianceId: ['NATIONAL_COORDINATOR', 'ADMIN'].includes(role) ? null : 'a', role }] });

  it('lets only rijksvertegenwoordigers vote, with the items of their own alliances', () => {
    expect(ROLES.filter((role) => can(actorOf(role), 'priority.vote', { allianceId: 'a' }))).toEqual(['RIJKSVERTEGENWOORDIGER']);
    expect(can(actorOf('RIJKSVERTEGENWOORDIGER'), 'priority.vote', { allianceId: 'b' })).toBe(false);
  });

  it('shows the composer to rijksvertegenwoordigers and national coordinators, and lets only the coordinator compose', () => {
    expect(ROLES.filter((role) => can(actorOf(role), 'composer.read', { allianceId: 'a' }))).toEqual(['RIJKSVERTEGENWOORDIGER', 'NATIONAL_COORDINATOR']);
    expect(ROLES.filter((role) => canOnMeeting(actorOf(role), 'agenda.draft', { allianceId: null }))).toEqual(['NATIONAL_COORDINATOR']);
  });
});
