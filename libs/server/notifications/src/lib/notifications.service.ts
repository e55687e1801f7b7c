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
    return this.notifyMany(manager, [notification]);
  }

  // Several notifications in one statement (a row per notification and recipient), by the same rules.
  async notifyMany(manager: EntityManager, notifications: readonly NewNotification[]): Promise<string[]> {
    const rows = notifications.flatMap((notification) => [...new Set(notification.recipientIds)].map((recipient) => ({ recipient, notification })));
    if (rows.length === 0) {
      return [];
    }
    const column = (value: (notification: NewNotification) => string) => rows.map((row) => value(row.notification));
    const optional = (value: (notification: NewNotification) => string | null | undefined) => rows.map((row) => value(row.notification) ?? null);
    const inserted: { id: string; recipientId: string }[] = await manager.query(
      `INSERT INTO notification (recipient_id, kind, dedupe_key, message, link, meeting_id, vastloper_id, doorbraak_id, action_item_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::uuid[], $8::uuid[], $9::uuid[])
       ON CONFLICT (recipient_id, dedupe_key) DO NOTHING
       RETURNING id, recipient_id AS "recipientId"`,
      [
        rows.map((row) => row.recipient),
        column((notification) => notification.kind),
        column((notification) => notification.dedupeKey),
        column((notification) => notification.message),
        optional((notification) => notification.link),
        optional((notification) => notification.meetingId),
        optional((notification) => notification.vastloperId),
        optional((notification) => notification.doorbraakId),
        optional((notification) => notification.actionItemId),
      ],
    );
    publishAfterCommit(manager, ...inserted.map(({ id, recipientId }) => ({ name: 'notificationAdded' as const, payload: { notificationId: id, recipientId } })));
    return inserted.map((row) => row.id);
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
