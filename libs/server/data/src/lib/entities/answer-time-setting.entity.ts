import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AllianceEntity } from './alliance.entity';

// How long a ministry has to acknowledge and answer, in working days: the row without an alliance is the
// national setting, a row with one the alliance's own. Written by escalation, with the clocks it reschedules.
@Entity({ name: 'answer_time_setting' })
@Check('CHK_answer_time_setting_days', `"acknowledge_working_days" > 0 AND "answer_working_days" >= "acknowledge_working_days"`)
@Index('UQ_answer_time_setting_national', ['allianceId'], { unique: true, where: '"alliance_id" IS NULL' })
@Index('UQ_answer_time_setting_alliance', ['allianceId'], { unique: true, where: '"alliance_id" IS NOT NULL' })
export class AnswerTimeSettingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  allianceId: string | null;

  @ManyToOne(() => AllianceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: AllianceEntity | null;

  @Column({ type: 'integer' })
  acknowledgeWorkingDays: number;

  @Column({ type: 'integer' })
  answerWorkingDays: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
