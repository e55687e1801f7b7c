import { DomainError } from '@doorbraak/server-core';

export type DoorbraakoverlegErrorCode =
  | 'NOT_A_DOORBRAAKOVERLEG'
  | 'CANDIDATE_REQUIRED'
  | 'NOT_A_CANDIDATE'
  | 'INVALID_VOTES'
  | 'VOTES_EXHAUSTED'
  | 'NO_VOTES_TO_WITHDRAW'
  | 'VOTING_CLOSED';

export class DoorbraakoverlegError extends DomainError<DoorbraakoverlegErrorCode> {}

export const notADoorbraakoverleg = (): DoorbraakoverlegError =>
  new DoorbraakoverlegError('NOT_A_DOORBRAAKOVERLEG', 'Votes and the agenda composer are for a DOORBRAAKOVERLEG meeting only.');

export const candidateRequired = (): DoorbraakoverlegError =>
  new DoorbraakoverlegError('CANDIDATE_REQUIRED', 'Give either a dossierId or a vastloperId, not both.');

export const notACandidate = (): DoorbraakoverlegError =>
  new DoorbraakoverlegError(
    'NOT_A_CANDIDATE',
    'Only open national dossiers, and open vastlopers at the INTERDEPARTEMENTAAL or DOORBRAAKOVERLEG rung that no open dossier carries, are candidates.',
  );

export const invalidVotes = (limit: number): DoorbraakoverlegError =>
  new DoorbraakoverlegError('INVALID_VOTES', `The number of votes is a whole number from 1 to ${limit}.`);

export const votesExhausted = (left: number): DoorbraakoverlegError =>
  new DoorbraakoverlegError('VOTES_EXHAUSTED', `You have ${left} vote(s) left for this meeting.`);

export const noVotesToWithdraw = (): DoorbraakoverlegError =>
  new DoorbraakoverlegError('NO_VOTES_TO_WITHDRAW', 'You have not put that many votes on this candidate.');

export const votingClosed = (): DoorbraakoverlegError =>
  new DoorbraakoverlegError('VOTING_CLOSED', 'Voting for this meeting has closed: its agenda is published, or the meeting is less than 48 hours away.');
