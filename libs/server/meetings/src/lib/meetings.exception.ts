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
      ? `Er is geen actieve persoon met id "${id}" die dit actiepunt mag zien. Een eigenaar is iemand die de vergadering en het onderwerp van het actiepunt mag inzien.`
      : `Er is geen actieve persoon met id "${id}" die deze vergadering mag zien. Nodig alleen mensen uit die de vergadering mogen inzien.`,
  );

export const invalidStatus = (message: string): MeetingsError => new MeetingsError('INVALID_STATUS', message);

export const agendaClosed = (): MeetingsError =>
  new MeetingsError('AGENDA_CLOSED', 'De agenda kan niet meer veranderen: de vergadering is gehouden of geannuleerd.');

export const minutesReadOnly = (): MeetingsError =>
  new MeetingsError('MINUTES_READ_ONLY', 'De notulen zijn vastgesteld en kunnen niet meer veranderen.');

export const escalatedItemStays = (): MeetingsError =>
  new MeetingsError(
    'ESCALATED_ITEM_STAYS',
    'Een geëscaleerd punt gaat niet verloren: schuif het door naar een volgende vergadering in plaats van het te verwijderen.',
  );

export const noNextMeeting = (): MeetingsError =>
  new MeetingsError('NO_NEXT_MEETING', 'Er is nog geen volgende vergadering van dit type gepland.');

export const alreadyOnAgenda = (): MeetingsError => new MeetingsError('ALREADY_ON_AGENDA', 'Dit punt staat al op deze agenda.');

export const alreadyCarriedOver = (): MeetingsError =>
  new MeetingsError('ALREADY_CARRIED_OVER', 'Dit punt is al doorgeschoven naar een volgende vergadering.');

export const meetingNotStarted = (): MeetingsError =>
  new MeetingsError('MEETING_NOT_STARTED', 'De vergadering is nog niet begonnen.');

export const actionItemClosed = (): MeetingsError =>
  new MeetingsError('ACTION_ITEM_CLOSED', 'Dit actiepunt is al afgerond of vervallen.');

export const ladderRefused = (reason: string, message: string): MeetingsError => {
  const error = new MeetingsError('LADDER_REFUSED', message);
  Object.assign(error, { ladderCode: reason });
  return error;
};
