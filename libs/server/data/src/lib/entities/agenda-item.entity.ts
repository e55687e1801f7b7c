import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { AGENDA_ITEM_KINDS, AGENDA_ITEM_SOURCES, type AgendaItemKind, type AgendaItemSource } from '@doorbraak/domain';
import { enumCheck, EnumColumn } from './column-helpers';
import { DoorbraakEntity } from './doorbraak.entity';
import { DossierEntity } from './dossier.entity';
import { AT_MOST_ONE_SUBJECT } from './item-checks';
import { MeetingEntity } from './meeting.entity';
import { PersonEntity } from './person.entity';
import { VastloperEntity } from './vastloper.entity';

@Entity({ name: 'agenda_item' })
@Check('CHK_agenda_item_kind', enumCheck('kind', AGENDA_ITEM_KINDS))
@Check('CHK_agenda_item_source', enumCheck('source', AGENDA_ITEM_SOURCES))
@Check('CHK_agenda_item_item', AT_MOST_ONE_SUBJECT)
@Check('CHK_agenda_item_position', '"position" >= 1')
@Check('CHK_agenda_item_minutes', '"minutes_allotted" >= 0')
// Positions are dense per meeting; deferrable so a reorder can swap them inside one transaction.
@Unique('UQ_agenda_item_position', ['meetingId', 'position'], { deferrable: 'INITIALLY IMMEDIATE' })
// Nothing escalated is ever on one agenda twice: producers and carry-overs rely on these.
@Index('UQ_agenda_item_escalated_vastloper', ['meetingId', 'vastloperId'], {
  unique: true,
  where: `"source" = 'ESCALATION' AND "vastloper_id" IS NOT NULL`,
})
@Index('UQ_agenda_item_escalated_doorbraak', ['meetingId', 'doorbraakId'], {
  unique: true,
  where: `"source" = 'ESCALATION' AND "doorbraak_id" IS NOT NULL`,
})
@Index('UQ_agenda_item_escalated_dossier', ['meetingId', 'dossierId'], {
  unique: true,
  where: `"source" = 'ESCALATION' AND "dossier_id" IS NOT NULL`,
})
@Index('IDX_agenda_item_dossier', ['dossierId'])
@Index('IDX_agenda_item_carried_over_from', ['carriedOverFromId'])
@Index('IDX_agenda_item_vastloper', ['vastloperId'])
@Index('IDX_agenda_item_doorbraak', ['doorbraakId'])
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @EnumColumn()
  kind: AgendaItemKind;

  @Column({ type: 'integer', default: 10 })
  minutesAllotted: number;

  @Column({ type: 'uuid', nullable: true })
  presenterId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'presenter_id' })
  presenter?: PersonEntity | null;

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

  @EnumColumn({ default: 'MANUAL' })
  source: AgendaItemSource;

  // The short minute recorded for this item during or after the meeting.
  @Column({ type: 'text', nullable: true })
  minute: string | null;

  @Column({ type: 'uuid', nullable: true })
  carriedOverFromId: string | null;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'carried_over_from_id' })
  carriedOverFrom?: AgendaItemEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
