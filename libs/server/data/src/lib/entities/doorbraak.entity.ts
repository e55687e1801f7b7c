import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import {
  ACTIELIJNEN,
  DOORBRAAK_KINDS,
  DOORBRAAK_STATUSES,
  ESCALATION_RUNGS,
  type Actielijn,
  type DoorbraakKind,
  type DoorbraakStatus,
  type EscalationRung,
} from '@doorbraak/domain';
import { AllianceEntity } from './alliance.entity';
import { enumCheck, EnumColumn, TimestampColumn } from './column-helpers';
import { StallClockColumns } from './stall-clock-columns';
import { PersonEntity } from './person.entity';
import { VastloperEntity } from './vastloper.entity';

export const DOORBRAAK_SEARCH_DOCUMENT = `to_tsvector('dutch'::regconfig, "title" || ' ' || "description" || ' ' || coalesce("impact", ''))`;

@Entity({ name: 'doorbraak' })
@Check('CHK_doorbraak_title', `char_length(btrim("title")) BETWEEN 1 AND 200`)
@Check('CHK_doorbraak_kind', enumCheck('kind', DOORBRAAK_KINDS))
@Check('CHK_doorbraak_status', enumCheck('status', DOORBRAAK_STATUSES))
@Check('CHK_doorbraak_actielijn', `"actielijn" IS NULL OR ${enumCheck('actielijn', ACTIELIJNEN)}`)
@Check('CHK_doorbraak_rung', `"rung" IS NULL OR ${enumCheck('rung', ESCALATION_RUNGS)}`)
@Check('CHK_doorbraak_achieved_at_rung', `"achieved_at_rung" IS NULL OR ${enumCheck('achieved_at_rung', ESCALATION_RUNGS)}`)
// Only a running initiative sits on the ladder.
@Check('CHK_doorbraak_rung_while_lopend', `("status" = 'LOPEND') = ("rung" IS NOT NULL)`)
@Check('CHK_doorbraak_rung_entered', `"rung" IS NULL OR "rung_entered_at" IS NOT NULL`)
@Index('IDX_doorbraak_due', ['nextEscalationAt'], {
  where: `"status" = 'LOPEND' AND "next_escalation_at" IS NOT NULL`,
})
@Index('IDX_doorbraak_alliance_status', ['allianceId', 'status'])
@Index('IDX_doorbraak_early_warning', ['earlyWarningAt'], {
  where: `"status" = 'LOPEND' AND "early_warning_at" IS NOT NULL`,
})
@Index('IDX_doorbraak_created', ['createdAt', 'id'])
// The briefing reads the period's achieved doorbraken and those running at a given rung.
@Index('IDX_doorbraak_achieved', ['allianceId', 'achievedAt'], { where: `"status" = 'BEREIKT'` })
@Index('IDX_doorbraak_open_rung', ['allianceId', 'rung'], { where: `"status" = 'LOPEND'` })
// Dutch full-text search over an expression (see DOORBRAAK_SEARCH_DOCUMENT); written by hand in its migration.
@Index('IDX_doorbraak_search', { synchronize: false })
export class DoorbraakEntity extends StallClockColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // The alliance that leads it; others that share it are in `alliances`.
  @Column({ type: 'uuid' })
  allianceId: string;

  @ManyToOne(() => AllianceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: AllianceEntity;

  @ManyToMany(() => AllianceEntity)
  @JoinTable({
    name: 'doorbraak_alliance',
    joinColumn: { name: 'doorbraak_id' },
    inverseJoinColumn: { name: 'alliance_id' },
  })
  alliances?: AllianceEntity[];

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @EnumColumn()
  kind: DoorbraakKind;

  @EnumColumn()
  status: DoorbraakStatus;

  @EnumColumn({ nullable: true })
  actielijn: Actielijn | null;

  @Index()
  @Column({ type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: PersonEntity;

  // Figures such as "55 jongeren geplaatst".
  @Column({ type: 'text', nullable: true })
  impact: string | null;

  @EnumColumn({ nullable: true })
  rung: EscalationRung | null;

  @TimestampColumn({ nullable: true })
  rungEnteredAt: Date | null;

  @TimestampColumn()
  lastProgressAt: Date;

  @TimestampColumn({ nullable: true })
  achievedAt: Date | null;

  @EnumColumn({ nullable: true })
  achievedAtRung: EscalationRung | null;

  @ManyToMany(() => VastloperEntity)
  @JoinTable({
    name: 'doorbraak_vastloper',
    joinColumn: { name: 'doorbraak_id' },
    inverseJoinColumn: { name: 'vastloper_id' },
  })
  vastlopers?: VastloperEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
