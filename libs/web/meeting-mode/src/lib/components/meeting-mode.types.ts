import type { MeetingModeQuery } from '@doorbraak/web-data-access';

export type ModeMeeting = MeetingModeQuery['meeting'];
export type ModeAgendaItem = ModeMeeting['agenda'][number];
export type ModeDecision = ModeMeeting['decisions'][number];
export type ModeActionItem = ModeMeeting['actionItems'][number];
export type ModePermissions = ModeMeeting['viewerCan'];
