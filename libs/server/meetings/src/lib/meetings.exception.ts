import { DomainError } from '@doorbraak/server-core';

export type MeetingsErrorCode =
  | 'INVALID_INPUT'
  | 'PERSON_NOT_ELIGIBLE'
  | 'INVALID_STATUS'
  | 'AGENDA_CLOSED'
  | 'MINUTES_READ_ONLY'
  | 'ESCALATED_ITEM_STAYS'
  | 'NO_NEXT_MEETING'
  | 'ALREADY_ON_AGENDA'
  | 'ALREADY_CARRIED_OVER'
  | 'MEETING_NOT_STARTED'
  | 'ACTION_ITEM_CLOSED'
  | 'LADDER_REFUSED';

export class MeetingsError extends DomainError<MeetingsErrorCode> {}

export const invalidInput = (message: string): MeetingsError => new MeetingsError('INVALID_INPUT', message);

// An owner or attendee who may not see the meeting (or does not exist): the same answer for both, so
// ids do not reveal who exists in other alliances.
export const personNotEligible = (id: string, role: 'owner' | 'attendee'): MeetingsError =>
  new MeetingsError(
    'PERSON_NOT_ELIGIBLE',
    role === 'owner'
      ? `There is no active person with id "${id}" who may see this action item. An owner is someone who may see the meeting and the subject of the action item.`
      : `There is no active person with id "${id}" who may see this meeting. Invite only people who may see the meeting.`,
  );

export const invalidStatus = (message: string): MeetingsError => new MeetingsError('INVALID_STATUS', message);

export const agendaClosed = (): MeetingsError =>
  new MeetingsError('AGENDA_CLOSED', 'The agenda can no longer change: the meeting was held or cancelled.');

export const minutesReadOnly = (): MeetingsError =>
  new MeetingsError('MINUTES_READ_ONLY', 'The minutes are approved and can no longer change.');

export const escalatedItemStays = (): MeetingsError =>
  new MeetingsError(
    'ESCALATED_ITEM_STAYS',
    'An escalated item is never dropped: carry it over to a next meeting instead of removing it.',
  );

export const noNextMeeting = (): MeetingsError =>
  new MeetingsError('NO_NEXT_MEETING', 'No next meeting of this type is planned yet.');

export const alreadyOnAgenda = (): MeetingsError => new MeetingsError('ALREADY_ON_AGENDA', 'This item is already on this agenda.');

export const alreadyCarriedOver = (): MeetingsError =>
  new MeetingsError('ALREADY_CARRIED_OVER', 'This item was already carried over to a next meeting.');

export const meetingNotStarted = (): MeetingsError =>
  new MeetingsError('MEETING_NOT_STARTED', 'The meeting has not started yet.');

export const actionItemClosed = (): MeetingsError =>
  new MeetingsError('ACTION_ITEM_CLOSED', 'This action item is already done or dropped.');

export const ladderRefused = (reason: string, message: string): MeetingsError => {
  const error = new MeetingsError('LADDER_REFUSED', message);
  Object.assign(error, { ladderCode: reason });
  return error;
};
