import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { NotificationDelivery, NotificationKind } from '@doorbraak/domain';
import { APP_CONFIG, type AppConfig } from '@doorbraak/server-core';
import { emailDecision, STALE_AFTER_MS } from '../mail/email-decision';
import { MailerService } from '../mail/mailer.service';
import { digestMail, singleMail, type MailNotification } from '../mail/messages';
import { pathOf } from '../notification-links';

type WaitingRow = {
  id: string;
  kind: NotificationKind;
  message: string;
  link: string | null;
  meeting_id: string | null;
  vastloper_id: string | null;
  doorbraak_id: string | null;
  action_item_id: string | null;
  created_at: Date;
  read_at: Date | null;
  email: string;
  name: string;
  active: boolean;
  delivery: NotificationDelivery;
};

const SELECT_WAITING = `
  SELECT n.id, n.kind, n.message, n.link, n.meeting_id, n.vastloper_id, n.doorbraak_id, n.action_item_id,
         n.created_at, n.read_at, p.email, p.name, p.active, coalesce(np.delivery, 'IMMEDIATELY') AS delivery
    FROM notification n
    JOIN person p ON p.id = n.recipient_id
    LEFT JOIN notification_preference np ON np.person_id = n.recipient_id AND np.kind = n.kind`;

const mailNotification = (row: WaitingRow): MailNotification => ({
  kind: row.kind,
  message: row.message,
  createdAt: row.created_at,
  path: pathOf({
    link: row.link,
    meetingId: row.meeting_id,
    vastloperId: row.vastloper_id,
    doorbraakId: row.doorbraak_id,
    actionItemId: row.action_item_id,
  }),
});

export const DISPATCH_BATCH = 500;

// Mails notifications, whichever feature wrote them: each PENDING row once, under a row lock, so two
// workers never mail the same one. A failed send rolls back and BullMQ retries.
@Injectable()
export class EmailDeliveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: MailerService,
  ) {}

  async deliver(notificationId: string, now: Date): Promise<'SENT' | 'IN_DIGEST' | 'SKIPPED' | 'NOTHING_TO_DO'> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: WaitingRow[] = await manager.query(
        `${SELECT_WAITING} WHERE n.id = $1 AND n.email_state = 'PENDING' FOR UPDATE OF n SKIP LOCKED`,
        [notificationId],
      );
      if (!row) {
        return 'NOTHING_TO_DO';
      }
      const decision = emailDecision({
        delivery: row.delivery,
        smtpConfigured: this.mailer.configured,
        recipientActive: row.active,
        read: row.read_at !== null,
        createdAt: row.created_at,
        now,
      });
      if (decision === 'SEND') {
        await this.mailer.send({ name: row.name, email: row.email }, singleMail(row.name, mailNotification(row), this.config.webUrl));
      }
      const state = decision === 'SEND' ? 'SENT' : decision === 'DIGEST' ? 'IN_DIGEST' : 'SKIPPED';
      await manager.query(`UPDATE notification SET email_state = $2, emailed_at = $3 WHERE id = $1`, [
        row.id,
        state,
        decision === 'SEND' ? now : null,
      ]);
      return state;
    });
  }

  // The sweep: everything still waiting (e.g. written by the escalation worker), oldest first.
  async dispatchPending(now: Date): Promise<number> {
    await this.dataSource.query(
      `UPDATE notification SET email_state = 'SKIPPED' WHERE email_state = 'PENDING' AND created_at < $1`,
      [new Date(now.getTime() - STALE_AFTER_MS)],
    );
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM notification WHERE email_state = 'PENDING' ORDER BY created_at, id LIMIT $1`,
      [DISPATCH_BATCH],
    );
    for (const row of rows) {
      await this.deliver(row.id, now);
    }
    return rows.length;
  }

  // One e-mail per person with everything kept for the digest; the person's current choice applies.
  async sendDigests(now: Date): Promise<number> {
    const recipients: { recipient_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT recipient_id FROM notification WHERE email_state = 'IN_DIGEST'`,
    );
    let sent = 0;
    for (const { recipient_id: recipientId } of recipients) {
      sent += await this.dataSource.transaction(async (manager) => {
        const rows: WaitingRow[] = await manager.query(
          `${SELECT_WAITING} WHERE n.recipient_id = $1 AND n.email_state = 'IN_DIGEST'
            ORDER BY n.created_at, n.id FOR UPDATE OF n SKIP LOCKED`,
          [recipientId],
        );
        const wanted = rows.filter((row) => row.delivery !== 'OFF');
        if (rows.length === 0) {
          return 0;
        }
        const send = wanted.length > 0 && this.mailer.configured && rows[0].active;
        if (send) {
          await this.mailer.send({ name: rows[0].name, email: rows[0].email }, digestMail(rows[0].name, wanted.map(mailNotification), this.config.webUrl));
        }
        await manager.query(
          `UPDATE notification SET email_state = CASE WHEN id = ANY($2::uuid[]) THEN 'DIGEST_SENT' ELSE 'SKIPPED' END,
                  emailed_at = CASE WHEN id = ANY($2::uuid[]) THEN $3::timestamptz ELSE NULL END
            WHERE id = ANY($1::uuid[])`,
          [rows.map((row) => row.id), send ? wanted.map((row) => row.id) : [], now],
        );
        return send ? 1 : 0;
      });
    }
    return sent;
  }
}
