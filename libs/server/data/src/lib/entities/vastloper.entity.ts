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
  ACTIELIJNEN,
  ESCALATION_RUNGS,
  MINISTRIES,
  REMEDIES,
  VASTLOPER_CATEGORIES,
  VASTLOPER_STATUSES,
  type Actielijn,
  type EscalationRung,
  type Ministry,
  type Remedy,
  type VastloperCategory,
  type VastloperStatus,
} from '@doorbraak/domain';
import { AllianceEntity } from './alliance.entity';
import type { DoorbraakEntity } from './doorbraak.entity';
import { enumCheck, EnumColumn, TimestampColumn } from './column-helpers';
import { StallClockColumns } from './stall-clock-columns';
import { PersonEntity } from './person.entity';

// What the Dutch full-text search reads; the GIN index is built on exactly this expression.
export const VASTLOPER_SEARCH_DOCUMENT = `to_tsvector('dutch'::regconfig, "title" || ' ' || "description" || ' ' || coalesce("legal_reference", ''))`;

@Entity({ name: 'vastloper' })
@Check('CHK_vastloper_title', `char_length(btrim("title")) BETWEEN 1 AND 200`)
@Check('CHK_vastloper_category', enumCheck('category', VASTLOPER_CATEGORIES))
@Check('CHK_vastloper_actielijn', enumCheck('actielijn', ACTIELIJNEN))
@Check('CHK_vastloper_status', enumCheck('status', VASTLOPER_STATUSES))
@Check('CHK_vastloper_rung', enumCheck('rung', ESCALATION_RUNGS))
@Check('CHK_vastloper_resolved_at_rung', `"resolved_at_rung" IS NULL OR ${enumCheck('resolved_at_rung', ESCALATION_RUNGS)}`)
@Check('CHK_vastloper_ministry', `"owning_ministry" IS NULL OR ${enumCheck('owning_ministry', MINISTRIES)}`)
@Check('CHK_vastloper_remedy', `"remedy" IS NULL OR ${enumCheck('remedy', REMEDIES)}`)
@Check('CHK_vastloper_parked', `("status" = 'GEPARKEERD') = ("parked_until" IS NOT NULL)`)
@Check('CHK_vastloper_resolved', `("status" = 'OPGELOST') = ("resolved_at" IS NOT NULL AND "resolved_at_rung" IS NOT NULL)`)
// The stall sweep reads only open items that are due: its cost follows the due items, not all items.
@Index('IDX_vastloper_due', ['nextEscalationAt'], {
  where: `"status" IN ('OPEN', 'IN_BEHANDELING') AND "next_escalation_at" IS NOT NULL`,
})
@Index('IDX_vastloper_alliance_status', ['allianceId', 'status'])
// The sweep finds early warnings and ended parkings through their own small indexes as well.
@Index('IDX_vastloper_early_warning', ['earlyWarningAt'], {
  where: `"status" IN ('OPEN', 'IN_BEHANDELING') AND "early_warning_at" IS NOT NULL`,
})
@Index('IDX_vastloper_park_ends', ['parkedUntil'], { where: `"status" = 'GEPARKEERD'` })
@Index('IDX_vastloper_created', ['createdAt', 'id'])
// The dashboards and the ladder overview count open items by these columns: an index-only scan of the open ones.
@Index('IDX_vastloper_open_figures', ['allianceId', 'rung', 'category', 'actielijn', 'owningMinistry', 'confidential', 'nextEscalationAt', 'overdueAt'], {
  where: `"status" IN ('OPEN', 'IN_BEHANDELING')`,
})
// The stalled list reads the due items (IDX_vastloper_due) and the ones late at the top through this one.
@Index('IDX_vastloper_overdue', ['overdueAt'], { where: `"status" IN ('OPEN', 'IN_BEHANDELING') AND "overdue_at" IS NOT NULL` })
// The briefing reads the period's resolved items and counts the unclosed ones per actielijn (index-only).
@Index('IDX_vastloper_resolved', ['allianceId', 'resolvedAt'], { where: `"status" = 'OPGELOST'` })
@Index('IDX_vastloper_unclosed', ['allianceId', 'actielijn', 'createdAt', 'confidential'], {
  where: `"status" NOT IN ('OPGELOST', 'INGETROKKEN')`,
})
// Dutch full-text search over an expression (see VASTLOPER_SEARCH_DOCUMENT); written by hand in its migration.
@Index('IDX_vastloper_search', { synchronize: false })
export class VastloperEntity extends StallClockColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  allianceId: string;

  @ManyToOne(() => AllianceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: AllianceEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @EnumColumn()
  category: VastloperCategory;

  @EnumColumn()
  actielijn: Actielijn;

  @Index()
  @Column({ type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: PersonEntity;

  @Column({ type: 'uuid' })
  reporterId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: PersonEntity;

  @EnumColumn({ nullable: true })
  owningMinistry: Ministry | null;

  // Where a rule blocks: law and article, e.g. "Participatiewet art. 31".
  @Column({ type: 'text', nullable: true })
  legalReference: string | null;

  @EnumColumn({ nullable: true })
  remedy: Remedy | null;

  @EnumColumn({ default: 'OPEN' })
  status: VastloperStatus;

  @EnumColumn({ default: 'PROGRAMMABUREAU' })
  rung: EscalationRung;

  @TimestampColumn()
  rungEnteredAt: Date;

  @TimestampColumn()
  lastProgressAt: Date;

  @TimestampColumn({ nullable: true })
  parkedUntil: Date | null;

  @Column({ type: 'text', nullable: true })
  parkReason: string | null;

  @Column({ type: 'boolean', default: false })
  confidential: boolean;

  @Column({ type: 'text', nullable: true })
  resolution: string | null;

  @TimestampColumn({ nullable: true })
  resolvedAt: Date | null;

  @EnumColumn({ nullable: true })
  resolvedAtRung: EscalationRung | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedByDoorbraakId: string | null;

  @ManyToOne('DoorbraakEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by_doorbraak_id' })
  resolvedByDoorbraak?: DoorbraakEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
