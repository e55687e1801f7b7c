import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ESCALATION_RUNGS, MEETING_TYPES, type EscalationRung, type MeetingType } from '@doorbraak/domain';
import { AgendaItemEntity } from './agenda-item.entity';
import { AllianceEntity } from './alliance.entity';
import { enumCheck, EnumColumn, TimestampColumn } from './column-helpers';
import { DoorbraakEntity } from './doorbraak.entity';
import { DossierEntity } from './dossier.entity';
import { EXACTLY_ONE_SUBJECT } from './item-checks';
import { VastloperEntity } from './vastloper.entity';

// A rung's "to schedule" list (DOMAIN §3 rule 3): an item that arrived at a meeting rung when no
// meeting of that type was planned waits here until it is placed on an agenda.
@Entity({ name: 'agenda_backlog_item' })
@Check('CHK_agenda_backlog_item_item', EXACTLY_ONE_SUBJECT)
@Check('CHK_agenda_backlog_item_meeting_type', enumCheck('meeting_type', MEETING_TYPES))
@Check('CHK_agenda_backlog_item_rung', enumCheck('rung', ESCALATION_RUNGS))
@Check('CHK_agenda_backlog_item_scope', `("meeting_type" = 'DOORBRAAKOVERLEG') = ("alliance_id" IS NULL)`)
@Check('CHK_agenda_backlog_item_placed', `("placed_at" IS NULL) OR ("agenda_item_id" IS NOT NULL)`)
@Index('UQ_agenda_backlog_item_vastloper', ['meetingType', 'vastloperId'], {
  unique: true,
  where: `"placed_at" IS NULL AND "vastloper_id" IS NOT NULL`,
})
@Index('UQ_agenda_backlog_item_doorbraak', ['meetingType', 'doorbraakId'], {
  unique: true,
  where: `"placed_at" IS NULL AND "doorbraak_id" IS NOT NULL`,
})
@Index('UQ_agenda_backlog_item_dossier', ['meetingType', 'dossierId'], {
  unique: true,
  where: `"placed_at" IS NULL AND "dossier_id" IS NOT NULL`,
})
@Index('IDX_agenda_backlog_item_waiting', ['meetingType', 'allianceId', 'createdAt'], { where: `"placed_at" IS NULL` })
export class AgendaBacklogItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @EnumColumn()
  meetingType: MeetingType;

  // Null for the national doorbraakoverleg.
  @Column({ type: 'uuid', nullable: true })
  allianceId: string | null;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: AllianceEntity | null;

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

  // A national dossier, on the doorbraakoverleg.
  @Column({ type: 'uuid', nullable: true })
  dossierId: string | null;

  @ManyToOne(() => DossierEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: DossierEntity | null;

  @EnumColumn()
  rung: EscalationRung;

  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  // Set when a meeting planner puts the item on an agenda.
  @TimestampColumn({ nullable: true })
  placedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: AgendaItemEntity | null;
}
