import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ESCALATION_RUNGS, STALL_UNITS, type EscalationRung, type StallUnit } from '@doorbraak/domain';
import { AllianceEntity } from './alliance.entity';
import { enumCheck, EnumColumn } from './column-helpers';

// The ladder's configuration: rows without an alliance are the national defaults,
// rows with one override that rung's stall time for that alliance.
@Entity({ name: 'escalation_rung_setting' })
@Check('CHK_escalation_rung_setting_rung', enumCheck('rung', ESCALATION_RUNGS))
@Check('CHK_escalation_rung_setting_unit', enumCheck('stall_unit', STALL_UNITS))
@Check(
  'CHK_escalation_rung_setting_stall_time',
  `("stall_unit" = 'WORKING_DAYS' AND "stall_working_days" > 0 AND "stall_duration" IS NULL) OR ("stall_unit" = 'DURATION' AND "stall_duration" IS NOT NULL AND "stall_working_days" IS NULL)`,
)
@Index('UQ_escalation_rung_setting_default', ['rung'], { unique: true, where: '"alliance_id" IS NULL' })
@Index('UQ_escalation_rung_setting_alliance', ['allianceId', 'rung'], { unique: true, where: '"alliance_id" IS NOT NULL' })
export class EscalationRungSettingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  allianceId: string | null;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: AllianceEntity | null;

  @EnumColumn()
  rung: EscalationRung;

  @EnumColumn()
  stallUnit: StallUnit;

  @Column({ type: 'integer', nullable: true })
  stallWorkingDays: number | null;

  // ISO-8601 duration, e.g. "PT30S" in a compressed demo ladder.
  @Column({ type: 'text', nullable: true })
  stallDuration: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
