import type { MeetingStatus } from '../meetings';

// DRAFT → AGENDA_PUBLISHED → HELD → MINUTES_APPROVED, or CANCELLED before it is held.
export const MEETING_COMMANDS = ['PUBLISH_AGENDA', 'MARK_HELD', 'APPROVE_MINUTES', 'CANCEL'] as const;
export type MeetingCommand = (typeof MEETING_COMMANDS)[number];

const NEXT: Readonly<Record<MeetingCommand, Partial<Record<MeetingStatus, MeetingStatus>>>> = {
  PUBLISH_AGENDA: { DRAFT: 'AGENDA_PUBLISHED' },
  // A meeting may be held without a published agenda (an extra session called at short notice).
  MARK_HELD: { DRAFT: 'HELD', AGENDA_PUBLISHED: 'HELD' },
  APPROVE_MINUTES: { HELD: 'MINUTES_APPROVED' },
  CANCEL: { DRAFT: 'CANCELLED', AGENDA_PUBLISHED: 'CANCELLED' },
};

// The status after the command, or null when the command does not apply to this status.
export const nextMeetingStatus = (status: MeetingStatus, command: MeetingCommand): MeetingStatus | null =>
  NEXT[command][status] ?? null;

// Not held and not cancelled: escalations and carried-over items can still land on it.
export const isUnheld = (status: MeetingStatus): boolean => status === 'DRAFT' || status === 'AGENDA_PUBLISHED';

// How the agenda may change: freely while drafted, as recorded amendments once published, not at all after.
export type AgendaEditMode = 'DRAFT' | 'AMENDMENT' | 'CLOSED';

export const agendaEditMode = (status: MeetingStatus): AgendaEditMode => {
  switch (status) {
    case 'DRAFT':
      return 'DRAFT';
    case 'AGENDA_PUBLISHED':
      return 'AMENDMENT';
    case 'HELD':
    case 'MINUTES_APPROVED':
    case 'CANCELLED':
      return 'CLOSED';
  }
};

// Minutes, attendance, decisions and action items are taken during and after the meeting; approval freezes them.
export const areMinutesEditable = (status: MeetingStatus): boolean => status === 'AGENDA_PUBLISHED' || status === 'HELD';
