import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ESCALATION_RUNGS, type EscalationRung } from '@doorbraak/domain';
import { enumCheck, EnumColumn, TimestampColumn } from './column-helpers';
import { DossierEntity } from './dossier.entity';
import { PersonEntity } from './person.entity';
import { VastloperEntity } from './vastloper.entity';

// DOMAIN §5 AnswerClock: what a ministry owes for one stay of an item at the ministry rungs. Arriving
// there (again) starts a new row; leaving, resolving or withdrawing closes it. The row is the record:
// reached, acknowledged, flagged, answered, each with its moment. Written by escalation only.
@Entity({ name: 'answer_clock' })
@Check('CHK_answer_clock_rung', enumCheck('reached_rung', ESCALATION_RUNGS))
@Check('CHK_answer_clock_deadlines', `"answer_by" >= "acknowledge_by" AND "acknowledge_by" >= "reached_ministry_at"`)
@Check('CHK_answer_clock_answer', `("answered_at" IS NULL) = ("answer" IS NULL) AND ("answered_at" IS NULL OR "acknowledged_at" IS NOT NULL)`)
// One open clock per item: two arrivals racing cannot start two.
@Index('UQ_answer_clock_open_vastloper', ['vastloperId'], { unique: true, where: `"closed_at" IS NULL` })
@Index('UQ_answer_clock_open_dossier', ['dossierId'], { unique: true, where: `"closed_at" IS NULL` })
@Index('IDX_answer_clock_dossier', ['dossierId', 'reachedMinistryAt'])
// A vastloper's, or a national dossier's with an owning ministry.
@Check('CHK_answer_clock_item', `num_nonnulls("vastloper_id", "dossier_id") = 1`)
@Index('IDX_answer_clock_vastloper', ['vastloperId', 'reachedMinistryAt'])
// The sweep reads what is due from these two partial indexes only.
@Index('IDX_answer_clock_acknowledge_due', ['acknowledgeBy'], {
  where: `"closed_at" IS NULL AND "acknowledged_at" IS NULL AND "acknowledge_flagged_at" IS NULL`,
})
@Index('IDX_answer_clock_answer_due', ['answerBy'], { where: `"closed_at" IS NULL AND "answered_at" IS NULL AND "answer_flagged_at" IS NULL` })
export class AnswerClockEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  vastloperId: string | null;

  @ManyToOne(() => VastloperEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vastloper_id' })
  vastloper?: VastloperEntity;

  @Column({ type: 'uuid', nullable: true })
  dossierId: string | null;

  @ManyToOne(() => DossierEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: DossierEntity;

  // The rung at which the item reached the ministry.
  @EnumColumn()
  reachedRung: EscalationRung;

  @TimestampColumn()
  reachedMinistryAt: Date;

  @TimestampColumn()
  acknowledgeBy: Date;

  @TimestampColumn()
  answerBy: Date;

  @TimestampColumn({ nullable: true })
  acknowledgedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'acknowledged_by_id' })
  acknowledgedBy?: PersonEntity | null;

  @Column({ type: 'text', nullable: true })
  acknowledgeNote: string | null;

  @TimestampColumn({ nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  answeredById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'answered_by_id' })
  answeredBy?: PersonEntity | null;

  @Column({ type: 'text', nullable: true })
  answer: string | null;

  // When the sweep flagged the missing acknowledgement or answer and told the next rung: once each.
  @TimestampColumn({ nullable: true })
  acknowledgeFlaggedAt: Date | null;

  @TimestampColumn({ nullable: true })
  answerFlaggedAt: Date | null;

  @TimestampColumn({ nullable: true })
  closedAt: Date | null;
}
