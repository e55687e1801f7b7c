import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { EntityManager } from 'typeorm';
import type { NotificationKind } from '@doorbraak/domain';
import { JOBS, QUEUES } from '@doorbraak/server-core';
import { publishAfterCommit } from '@doorbraak/server-live';
import { emailJobId, type NotificationsJobData } from './jobs/notifications.job-data';

export type NewNotification = {
  readonly recipientIds: readonly string[];
  readonly kind: NotificationKind;
  // One notification per person per occasion: a second insert with the same key is ignored.
  readonly dedupeKey: string;
  readonly message: string;
  readonly link?: string | null;
  readonly meetingId?: string | null;
  readonly vastloperId?: string | null;
  readonly doorbraakId?: string | null;
  readonly actionItemId?: string | null;
};

// Writes in-app notifications (inside the caller's transaction) and hands them to the e-mail dispatcher.
@Injectable()
export class NotificationsService {
  constructor(@InjectQueue(QUEUES.notifications) private readonly queue: Queue) {}

  // Returns the ids of the rows actually written; pass them to `dispatch` once the transaction committed.
  // Each recipient's browser hears of theirs once the transaction commits.
  async notify(manager: EntityManager, notification: NewNotification): Promise<string[]> {
    const recipients = [...new Set(notification.recipientIds)];
    if (recipients.length === 0) {
      return [];
    }
    const rows: { id: string; recipientId: string }[] = await manager.query(
      `INSERT INTO notification (recipient_id, kind, dedupe_key, message, link, meeting_id, vastloper_id, doorbraak_id, action_item_id)
       SELECT recipient, $2, $3, $4, $5, $6, $7, $8, $9 FROM unnest($1::uuid[]) AS recipient
       ON CONFLICT (recipient_id, dedupe_key) DO NOTHING
       RETURNING id, recipient_id AS "recipientId"`,
      [
        recipients,
        notification.kind,
        notification.dedupeKey,
        notification.message,
        notification.link ?? null,
        notification.meetingId ?? null,
        notification.vastloperId ?? null,
        notification.doorbraakId ?? null,
        notification.actionItemId ?? null,
      ],
    );
    publishAfterCommit(manager, ...rows.map(({ id, recipientId }) => ({ name: 'notificationAdded' as const, payload: { notificationId: id, recipientId } })));
    return rows.map((row) => row.id);
  }

  // After commit: one e-mail job per notification (deterministic ids). The dispatcher's sweep catches
  // any that were written without this call, or whose job was lost.
  async dispatch(notificationIds: readonly string[]): Promise<void> {
    if (notificationIds.length === 0) {
      return;
    }
    await this.queue.addBulk(
      notificationIds.map((notificationId) => ({
        name: JOBS.notifications.sendEmail,
        data: { notificationId } satisfies NotificationsJobData[typeof JOBS.notifications.sendEmail],
        opts: { jobId: emailJobId(notificationId) },
      })),
    );
  }
}
