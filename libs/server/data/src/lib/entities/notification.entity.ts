import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EMAIL_STATES, NOTIFICATION_KINDS, type EmailState, type NotificationKind } from '@doorbraak/domain';
import { ActionItemEntity } from './action-item.entity';
import { enumCheck, EnumColumn, TimestampColumn } from './column-helpers';
import { DoorbraakEntity } from './doorbraak.entity';
import { AT_MOST_ONE_ITEM } from './item-checks';
import { MeetingEntity } from './meeting.entity';
import { PersonEntity } from './person.entity';
import { VastloperEntity } from './vastloper.entity';

@Entity({ name: 'notification' })
@Check('CHK_notification_kind', enumCheck('kind', NOTIFICATION_KINDS))
@Check('CHK_notification_item', AT_MOST_ONE_ITEM)
// One notification per person per occasion (e.g. item + rung): producers insert ON CONFLICT DO NOTHING.
@Index('UQ_notification_dedupe', ['recipientId', 'dedupeKey'], { unique: true })
@Index('IDX_notification_unread', ['recipientId', 'createdAt'], { where: '"read_at" IS NULL' })
@Check('CHK_notification_email_state', enumCheck('email_state', EMAIL_STATES))
// The e-mail dispatcher and the daily digest read only the rows waiting for them.
@Index('IDX_notification_email_pending', ['createdAt'], { where: `"email_state" = 'PENDING'` })
@Index('IDX_notification_in_digest', ['recipientId', 'createdAt'], { where: `"email_state" = 'IN_DIGEST'` })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: PersonEntity;

  @EnumColumn()
  kind: NotificationKind;

  @Column({ type: 'text' })
  dedupeKey: string;

  @Column({ type: 'uuid', nullable: true })
  vastloperId: string | null;

  @ManyToOne(() => VastloperEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vastloper_id' })
  vastloper?: VastloperEntity | null;

  @Column({ type: 'uuid', nullable: true })
  doorbraakId: string | null;

  @ManyToOne(() => DoorbraakEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'doorbraak_id' })
  doorbraak?: DoorbraakEntity | null;

  @Column({ type: 'uuid', nullable: true })
  meetingId: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity | null;

  @Column({ type: 'uuid', nullable: true })
  actionItemId: string | null;

  @ManyToOne(() => ActionItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_item_id' })
  actionItem?: ActionItemEntity | null;

  @Column({ type: 'text' })
  message: string;

  // Where in the web app the notification leads (a path such as /vergaderingen/<id>); derived when null.
  @Column({ type: 'text', nullable: true })
  link: string | null;

  // Every new row waits for the e-mail dispatcher, whichever feature wrote it.
  @EnumColumn({ default: 'PENDING' })
  emailState: EmailState;

  @TimestampColumn({ nullable: true })
  emailedAt: Date | null;

  @TimestampColumn({ nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
