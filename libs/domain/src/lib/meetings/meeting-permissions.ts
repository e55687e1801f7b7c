import type { MeetingStatus } from '../meetings';
import type { Actor } from '../policy';
import { canOnMeeting, type MeetingScope } from './meeting-access';
import { agendaEditMode, areMinutesEditable, isUnheld, nextMeetingStatus } from './meeting-status';

export type MeetingState = MeetingScope & { readonly status: MeetingStatus; readonly scheduledAt: Date };

// What a person may do with a meeting now: the role policy and the meeting's status together, the same
// checks the commands make, so a client offers only what will work.
export type MeetingPermissions = {
  readonly manage: boolean;
  readonly editAgenda: boolean;
  readonly publishAgenda: boolean;
  readonly takeMinutes: boolean;
  readonly recordDecision: boolean;
  readonly createActionItem: boolean;
  readonly carryOver: boolean;
  readonly markHeld: boolean;
  readonly approveMinutes: boolean;
};

export const meetingPermissions = (actor: Actor, meeting: MeetingState, now: Date): MeetingPermissions => {
  const may = (action: Parameters<typeof canOnMeeting>[1]): boolean => canOnMeeting(actor, action, meeting);
  const open = areMinutesEditable(meeting.status);
  const edit = agendaEditMode(meeting.status);
  return {
    manage: isUnheld(meeting.status) && may('meeting.manage'),
    editAgenda: edit === 'DRAFT' ? may('agenda.draft') : edit === 'AMENDMENT' && may('meeting.manage'),
    publishAgenda: nextMeetingStatus(meeting.status, 'PUBLISH_AGENDA') !== null && may('meeting.manage'),
    takeMinutes: open && may('minutes.draft'),
    recordDecision: open && may('decision.record'),
    // A manager adds action items until the minutes are approved; the bureau while the minutes are open.
    createActionItem: may('actionItem.manage') ? meeting.status !== 'MINUTES_APPROVED' : open && may('minutes.draft'),
    carryOver: open && may('agenda.draft'),
    markHeld: nextMeetingStatus(meeting.status, 'MARK_HELD') !== null && meeting.scheduledAt.getTime() <= now.getTime() && may('minutes.draft'),
    approveMinutes: nextMeetingStatus(meeting.status, 'APPROVE_MINUTES') !== null && may('minutes.approve'),
  };
};
