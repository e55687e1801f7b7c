import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { ACTION_ITEM_REMINDERS, duePreparation, reminderPlan, type ActionItemStatus, type MeetingStatus, type MeetingType } from '@doorbraak/domain';
import { JOBS, QUEUES } from '@doorbraak/server-core';
import {
  briefingJobId,
  reminderJobId,
  statusRequestJobId,
  type BriefingJobData,
  type ReminderJobData,
  type StatusRequestJobData,
} from './meetings.job-data';

// BullMQ counts a delay from when the job is added, which is a little after `now`.
const delayUntil = (at: Date): number => Math.max(0, at.getTime() - Date.now());

type ReminderTarget = { id: string; dueDate: string; status: ActionItemStatus; ownerId: string | null };
type PreparedMeeting = { id: string; type: MeetingType; status: MeetingStatus; scheduledAt: Date };

// Plans and withdraws the meeting cycle's delayed jobs. The API calls it after a commit; the hourly
// sweep calls it again for what is due soon, so a lost call is repaired.
@Injectable()
export class MeetingJobsService {
  constructor(@InjectQueue(QUEUES.meetings) private readonly queue: Queue) {}

  async planReminders(item: ReminderTarget, now: Date): Promise<void> {
    if (item.status !== 'OPEN' || item.ownerId === null) {
      return;
    }
    for (const point of reminderPlan(item.dueDate, now)) {
      const data: ReminderJobData = { actionItemId: item.id, dueDate: item.dueDate, reminder: point.key };
      await this.queue.add(JOBS.meetings.actionItemReminder, data, {
        jobId: reminderJobId(data),
        delay: delayUntil(point.at),
      });
    }
  }

  // Withdraws the reminders planned for a due date (moved, done or cancelled). A reminder that already
  // ran stays done; one that is running finds the item changed and does nothing.
  async cancelReminders(item: { id: string; dueDate: string }): Promise<void> {
    for (const point of ACTION_ITEM_REMINDERS) {
      await this.queue.remove(reminderJobId({ actionItemId: item.id, dueDate: item.dueDate, reminder: point.key }));
    }
  }

  // Status requests and the briefing before each ALLIANTIE meeting.
  async planPreparation(meeting: PreparedMeeting, now: Date): Promise<void> {
    if (meeting.type !== 'ALLIANTIE' || (meeting.status !== 'DRAFT' && meeting.status !== 'AGENDA_PUBLISHED')) {
      return;
    }
    const scheduledAt = meeting.scheduledAt.toISOString();
    for (const job of duePreparation(meeting.scheduledAt, now)) {
      const delay = delayUntil(job.at);
      if (job.kind === 'STATUS_REQUEST') {
        const data: StatusRequestJobData = { meetingId: meeting.id, round: job.round, scheduledAt };
        await this.queue.add(JOBS.meetings.statusRequest, data, { jobId: statusRequestJobId(data), delay });
      } else {
        const data: BriefingJobData = { meetingId: meeting.id, scheduledAt };
        await this.queue.add(JOBS.meetings.prepareBriefing, data, { jobId: briefingJobId(data), delay });
      }
    }
  }

  async cancelPreparation(meeting: { id: string; scheduledAt: Date }): Promise<void> {
    const scheduledAt = meeting.scheduledAt.toISOString();
    for (const round of [1, 2] as const) {
      await this.queue.remove(statusRequestJobId({ meetingId: meeting.id, round, scheduledAt }));
    }
    await this.queue.remove(briefingJobId({ meetingId: meeting.id, scheduledAt }));
  }
}
