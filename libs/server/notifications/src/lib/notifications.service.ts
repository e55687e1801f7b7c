import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import {
  DEFAULT_NOTIFICATION_DELIVERY,
  NOTIFICATION_KINDS,
  type Actor,
  type NotificationDelivery,
  type NotificationKind,
} from '@doorbraak/domain';
import { badInput, isUuid, JOBS, notFound, QUEUES } from '@doorbraak/server-core';
import { NotificationEntity, NotificationPreferenceEntity } from '@doorbraak/server-data';
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

export type PreferenceRow = { kind: NotificationKind; delivery: NotificationDelivery };

export const MAX_NOTIFICATIONS_PAGE = 200;

// Writes in-app notifications (inside the caller's transaction) and hands them to the e-mail dispatcher.
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.notifications) private readonly queue: Queue,
  ) {}

  // Returns the ids of the rows actually written; pass them to `dispatch` once the transaction committed.
  async notify(manager: EntityManager, notification: NewNotification): Promise<string[]> {
    const recipients = [...new Set(notification.recipientIds)];
    if (recipients.length === 0) {
      return [];
    }
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO notification (recipient_id, kind, dedupe_key, message, link, meeting_id, vastloper_id, doorbraak_id, action_item_id)
       SELECT recipient, $2, $3, $4, $5, $6, $7, $8, $9 FROM unnest($1::uuid[]) AS recipient
       ON CONFLICT (recipient_id, dedupe_key) DO NOTHING
       RETURNING id`,
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

  list(actor: Actor, unreadOnly: boolean, first: number): Promise<NotificationEntity[]> {
    if (first < 1 || first > MAX_NOTIFICATIONS_PAGE) {
      throw badInput(`"first" is between 1 and ${MAX_NOTIFICATIONS_PAGE}.`);
    }
    const query = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.recipientId = :me', { me: actor.personId })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(first);
    if (unreadOnly) {
      query.andWhere('n.readAt IS NULL');
    }
    return query.getMany();
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.recipientId = :me AND n.readAt IS NULL', { me: actor.personId })
      .getCount();
  }

  // Someone else's notification does not exist for the caller.
  async markRead(actor: Actor, id: string, now: Date): Promise<NotificationEntity> {
    if (!isUuid(id)) {
      throw badInput(`"${id}" is not a valid id.`);
    }
    const rows: { id: string }[] = await this.dataSource.query(
      `UPDATE notification SET read_at = coalesce(read_at, $3) WHERE id = $1 AND recipient_id = $2 RETURNING id`,
      [id, actor.personId, now],
    );
    if (rows.length === 0) {
      throw notFound('notification', id);
    }
    return this.dataSource.getRepository(NotificationEntity).findOneByOrFail({ id });
  }

  async markAllRead(actor: Actor, now: Date): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE notification SET read_at = $2 WHERE recipient_id = $1 AND read_at IS NULL`,
      [actor.personId, now],
    );
    return count;
  }

  // Every kind, with the person's choice or the default.
  async preferences(actor: Actor): Promise<PreferenceRow[]> {
    const rows = await this.dataSource.getRepository(NotificationPreferenceEntity).findBy({ personId: actor.personId });
    return NOTIFICATION_KINDS.map((kind) => ({
      kind,
      delivery: rows.find((row) => row.kind === kind)?.delivery ?? DEFAULT_NOTIFICATION_DELIVERY,
    }));
  }

  async setPreference(actor: Actor, kind: NotificationKind, delivery: NotificationDelivery): Promise<PreferenceRow> {
    await this.dataSource.query(
      `INSERT INTO notification_preference (person_id, kind, delivery) VALUES ($1, $2, $3)
       ON CONFLICT (person_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`,
      [actor.personId, kind, delivery],
    );
    return { kind, delivery };
  }
}
