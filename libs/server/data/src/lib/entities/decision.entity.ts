import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DECISION_OUTCOMES, type DecisionOutcome } from '@doorbraak/domain';
import { enumCheck, EnumColumn } from './column-helpers';
import { PersonEntity } from './person.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { DoorbraakEntity } from './doorbraak.entity';
import { AT_MOST_ONE_ITEM } from './item-checks';
import { MeetingEntity } from './meeting.entity';
import { VastloperEntity } from './vastloper.entity';

// What the register's text search reads; the GIN index is built on exactly this expression.
export const DECISION_SEARCH_DOCUMENT = `to_tsvector('dutch'::regconfig, "text")`;

// A besluit; together they form the decision register.
@Entity({ name: 'decision' })
@Check('CHK_decision_outcome', `"outcome" IS NULL OR ${enumCheck('outcome', DECISION_OUTCOMES)}`)
@Check('CHK_decision_outcome_item', `"outcome" IS NULL OR "vastloper_id" IS NOT NULL OR "doorbraak_id" IS NOT NULL`)
@Index('IDX_decision_review', ['reviewDate'], { where: `"review_date" IS NOT NULL AND "review_agenda_item_id" IS NULL` })
@Index('IDX_decision_vastloper', ['vastloperId'])
@Index('IDX_decision_doorbraak', ['doorbraakId'])
// Dutch full-text search over an expression (see DECISION_SEARCH_DOCUMENT); written by hand in its migration.
@Index('IDX_decision_search', { synchronize: false })
@Check('CHK_decision_item', AT_MOST_ONE_ITEM)
@Check('CHK_decision_text', `char_length(btrim("text")) > 0`)
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: AgendaItemEntity | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'uuid', nullable: true })
  vastloperId: string | null;

  @ManyToOne(() => VastloperEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'vastloper_id' })
  vastloper?: VastloperEntity | null;

  @Column({ type: 'uuid', nullable: true })
  doorbraakId: string | null;

  @ManyToOne(() => DoorbraakEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'doorbraak_id' })
  doorbraak?: DoorbraakEntity | null;

  // Puts the decision back on an agenda on or after this date.
  @Column({ type: 'date', nullable: true })
  reviewDate: string | null;

  // The agenda item that put the decision back on an agenda for its review.
  @Column({ type: 'uuid', nullable: true })
  reviewAgendaItemId: string | null;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'review_agenda_item_id' })
  reviewAgendaItem?: AgendaItemEntity | null;

  // For a decision on an escalated item: resolve it, send it a rung down, or keep it where it is.
  @EnumColumn({ nullable: true })
  outcome: DecisionOutcome | null;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: PersonEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
