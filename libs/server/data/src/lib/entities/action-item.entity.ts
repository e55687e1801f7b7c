import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import {
  ACTION_ITEM_KINDS,
  ACTION_ITEM_STATUSES,
  COMMITMENT_PARTIES,
  type ActionItemKind,
  type ActionItemStatus,
  type CommitmentParty,
} from '@doorbraak/domain';
import { AgendaItemEntity } from './agenda-item.entity';
import { AllianceEntity } from './alliance.entity';
import { enumCheck, EnumColumn, TimestampColumn } from './column-helpers';
import { MeetingEntity } from './meeting.entity';
import { PartnerEntity } from './partner.entity';
import { PersonEntity } from './person.entity';

// An actiepunt from a meeting, or a toezegging (commitment) one party made to the alliance.
@Entity({ name: 'action_item' })
@Check('CHK_action_item_kind', enumCheck('kind', ACTION_ITEM_KINDS))
@Check('CHK_action_item_status', enumCheck('status', ACTION_ITEM_STATUSES))
@Check('CHK_action_item_committed_by', `"committed_by" IS NULL OR ${enumCheck('committed_by', COMMITMENT_PARTIES)}`)
@Check('CHK_action_item_commitment', `("kind" = 'COMMITMENT') = ("committed_by" IS NOT NULL)`)
@Check('CHK_action_item_partner', `"committed_by_partner_id" IS NULL OR "committed_by" = 'PARTNER'`)
@Check('CHK_action_item_done', `("status" = 'DONE') = ("completed_at" IS NOT NULL)`)
@Index('IDX_action_item_open_due', ['allianceId', 'dueDate'], { where: `"status" = 'OPEN'` })
@Index('IDX_action_item_owner_open_due', ['ownerId', 'dueDate'], { where: `"status" = 'OPEN'` })
@Check('CHK_action_item_progress', `("progress_note" IS NULL) = ("progress_note_at" IS NULL)`)
export class ActionItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  allianceId: string;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: AllianceEntity;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  meetingId: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity | null;

  // The agenda item it came from, when it was agreed on one.
  @Column({ type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: AgendaItemEntity | null;

  @Column({ type: 'text' })
  description: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner?: PersonEntity | null;

  @Column({ type: 'date' })
  dueDate: string;

  @EnumColumn({ default: 'OPEN' })
  status: ActionItemStatus;

  @EnumColumn({ default: 'ACTION' })
  kind: ActionItemKind;

  @EnumColumn({ nullable: true })
  committedBy: CommitmentParty | null;

  @Column({ type: 'uuid', nullable: true })
  committedByPartnerId: string | null;

  @ManyToOne(() => PartnerEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'committed_by_partner_id' })
  committedByPartner?: PartnerEntity | null;

  @TimestampColumn({ nullable: true })
  completedAt: Date | null;

  // The owner's latest progress note, e.g. in answer to a status request before a meeting.
  @Column({ type: 'text', nullable: true })
  progressNote: string | null;

  @TimestampColumn({ nullable: true })
  progressNoteAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
