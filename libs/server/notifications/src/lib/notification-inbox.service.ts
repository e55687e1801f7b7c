import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  DEFAULT_NOTIFICATION_DELIVERY,
  NOTIFICATION_KINDS,
  type Actor,
  type NotificationDelivery,
  type NotificationKind,
} from '@doorbraak/domain';
import { AuditService } from '@doorbraak/server-audit';
import { keysetPage, notFound, requireUuid, type Caller, type Page } from '@doorbraak/server-core';
import { NotificationEntity, NotificationPreferenceEntity } from '@doorbraak/server-data';

export type PreferenceRow = { kind: NotificationKind; delivery: NotificationDelivery };


// A person's own notifications and preferences; nobody reads or changes another's.
@Injectable()
export class NotificationInboxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  // Newest first, a page at a time.
  list(actor: Actor, unreadOnly: boolean, first: number, after: string | null | undefined): Promise<Page<NotificationEntity>> {
    return keysetPage('n', first, after, () => {
      const query = this.dataSource.getRepository(NotificationEntity).createQueryBuilder('n').where('n.recipientId = :me', { me: actor.personId });
      if (unreadOnly) {
        query.andWhere('n.readAt IS NULL');
      }
      return query;
    });
  }

  // For the live subscription: the event names the recipient, and only theirs is read.
  own(recipientId: string, id: string): Promise<NotificationEntity> {
    return this.dataSource.getRepository(NotificationEntity).findOneByOrFail({ id, recipientId });
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.recipientId = :me AND n.readAt IS NULL', { me: actor.personId })
      .getCount();
  }

  // Someone else's notification does not exist for the caller.
  async markRead(caller: Caller, id: string): Promise<NotificationEntity> {
    requireUuid(id);
    const { actor, now } = caller;
    return this.dataSource.transaction(async (manager) => {
      const [rows]: [{ id: string }[], number] = await manager.query(
        `UPDATE notification SET read_at = coalesce(read_at, $3) WHERE id = $1 AND recipient_id = $2 RETURNING id`,
        [id, actor.personId, now],
      );
      if (rows.length === 0) {
        throw notFound('notification', id);
      }
      await this.audit.record(manager, caller, {
        operation: 'markNotificationRead',
        entityType: 'Notification',
        entityId: id,
        before: null,
        after: { read: true },
      });
      return manager.findOneByOrFail(NotificationEntity, { id });
    });
  }

  async markAllRead(caller: Caller): Promise<number> {
    const { actor, now } = caller;
    return this.dataSource.transaction(async (manager) => {
      const [, count]: [unknown, number] = await manager.query(
        `UPDATE notification SET read_at = $2 WHERE recipient_id = $1 AND read_at IS NULL`,
        [actor.personId, now],
      );
      await this.audit.record(manager, caller, {
        operation: 'markAllNotificationsRead',
        entityType: 'Notification',
        entityId: null,
        before: null,
        after: { count },
      });
      return count;
    });
  }

  // Every kind, with the person's choice or the default.
  async preferences(actor: Actor): Promise<PreferenceRow[]> {
    const rows = await this.dataSource.getRepository(NotificationPreferenceEntity).findBy({ personId: actor.personId });
    return NOTIFICATION_KINDS.map((kind) => ({
      kind,
      delivery: rows.find((row) => row.kind === kind)?.delivery ?? DEFAULT_NOTIFICATION_DELIVERY,
    }));
  }

  async setPreference(caller: Caller, kind: NotificationKind, delivery: NotificationDelivery): Promise<PreferenceRow> {
    const { actor } = caller;
    return this.dataSource.transaction(async (manager) => {
      const [before]: { delivery: NotificationDelivery }[] = await manager.query(
        `SELECT delivery FROM notification_preference WHERE person_id = $1 AND kind = $2 FOR UPDATE`,
        [actor.personId, kind],
      );
      await manager.query(
        `INSERT INTO notification_preference (person_id, kind, delivery) VALUES ($1, $2, $3)
         ON CONFLICT (person_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`,
        [actor.personId, kind, delivery],
      );
      await this.audit.record(manager, caller, {
        operation: 'setNotificationPreference',
        entityType: 'NotificationPreference',
        entityId: actor.personId,
        before: { [kind]: before?.delivery ?? DEFAULT_NOTIFICATION_DELIVERY },
        after: { [kind]: delivery },
      });
      return { kind, delivery };
    });
  }
}
