import type { ReminderKey } from '@doorbraak/domain';
import type { JOBS } from '@doorbraak/server-core';

// Payloads hold ids and the state they were planned for; the handler re-reads the row and does
// nothing unless that state is still current (a moved due date or meeting makes old jobs no-ops).
export type MeetingsJobData = {
  [JOBS.meetings.sweep]: Record<string, never>;
  [JOBS.meetings.actionItemReminder]: { actionItemId: string; dueDate: string; reminder: ReminderKey };
  [JOBS.meetings.statusRequest]: { meetingId: string; round: 1 | 2; scheduledAt: string };
  [JOBS.meetings.prepareBriefing]: { meetingId: string; scheduledAt: string };
};

export type ReminderJobData = MeetingsJobData[typeof JOBS.meetings.actionItemReminder];
export type StatusRequestJobData = MeetingsJobData[typeof JOBS.meetings.statusRequest];
export type BriefingJobData = MeetingsJobData[typeof JOBS.meetings.prepareBriefing];

// Deterministic ids (BullMQ refuses ":" in custom ids): planning twice adds one job.
export const reminderJobId = (data: ReminderJobData): string => `reminder-${data.actionItemId}-${data.dueDate}-${data.reminder}`;

export const statusRequestJobId = (data: StatusRequestJobData): string =>
  `status-request-${data.meetingId}-${data.round}-${new Date(data.scheduledAt).getTime()}`;

export const briefingJobId = (data: BriefingJobData): string => `briefing-${data.meetingId}-${new Date(data.scheduledAt).getTime()}`;
